import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { serviceCatalogue, servicesModel } from './services.ts';

const tables = fixtureTables();

describe('serviceCatalogue (fixture)', () => {
  const cat = serviceCatalogue(tables);
  const entry = (id: string) => cat.find((s) => s.serviceId === id)!;

  it('serviceCatalogue lists every service with the years it was offered', () => {
    expect(cat.map((s) => s.serviceId)).toEqual(tables.services.map((s) => s.service_id));
    expect(entry('income_projects').yearsOffered).toEqual([2015, 2017, 2018]);
    expect(entry('medical').yearsOffered).toEqual([2015, 2017, 2018]);
    expect(entry('vocational').yearsOffered).toEqual([2015, 2017, 2018]);
    expect(entry('housing').yearsOffered).toEqual([2017, 2018]);
    expect(entry('internships').yearsOffered).toEqual([2015]);
    expect(entry('legal_aid').yearsOffered).toEqual([2015]);
  });

  it('serviceCatalogue knows a count only where one is reported (2017), never 0', () => {
    expect(entry('housing').countedYears).toEqual([2017]);
    expect(entry('housing').years.map((y) => [y.year, y.persons])).toEqual([[2017, 14], [2018, null]]);
    expect(entry('legal_aid').countedYears).toEqual([]);
    expect(entry('legal_aid').years[0]!.state).toBe('offered');
  });

  it('serviceCatalogue carries each year’s source and note', () => {
    const voc = entry('vocational').years.find((y) => y.year === 2017)!;
    expect(voc.ref).toEqual({ sourceId: 'report-2018-06', ref: 'L3' });
    expect(voc.note!.en).toContain('Referral');
    expect(entry('medical').years.find((y) => y.year === 2018)!.ref.ref).toBe('L6');
  });
});

describe('servicesModel (fixture)', () => {
  it('servicesModel gives the catalogue and the years whose services the sources do not list (2016)', () => {
    const m = servicesModel({ tables, locale: 'en', site: 'https://data.example.org', base: '/' });
    expect(m.catalogue).toEqual(serviceCatalogue(tables));
    expect(m.unknownYears).toEqual([2016]);
  });
});
