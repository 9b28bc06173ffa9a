import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { iomSlices } from '../charts/slices.ts';
import { barsFromSlice } from '../charts/bars/from-slice.ts';
import {
  breakdownCheck,
  breakdownCheckText,
  iomDisplaySlice,
  iomFamiliesTexts,
  iomOverlapText,
  iomPeriod,
  iomProjectViews,
  listYears,
  matrixTakeaway,
  matrixView,
  serviceCatalogue,
} from './beneficiaries.ts';

const { tables } = loadData(resolve('data'));
const project = (id: string) => iomProjectViews(tables).find((p) => p.projectId === id)!;

describe('breakdownCheck over the real data', () => {
  it('breakdownCheck(2017) sums the counts to 248, exactly the persons served', () => {
    expect(breakdownCheck(tables, 2017)).toEqual({ year: 2017, personsServed: 248, sum: 248, relation: 'exact' });
  });

  it('breakdownCheck(2018) is incomplete: services listed, counts not reported', () => {
    expect(breakdownCheck(tables, 2018)!.relation).toBe('incomplete');
    expect(breakdownCheck(tables, 2016)).toBeNull();
  });

  it('breakdownCheck compares the sum with persons served instead of assuming it', () => {
    const programs = tables.programs.map((p) => (p.year === 2017 ? { ...p, persons_served: 240 } : p));
    expect(breakdownCheck({ ...tables, programs }, 2017)!.relation).toBe('more');
    const none = tables.programs.map((p) => (p.year === 2017 ? { ...p, persons_served: null } : p));
    expect(breakdownCheck({ ...tables, programs: none }, 2017)!.relation).toBe('no_total');
  });

  it('breakdownCheckText says the sum is derived and equals persons served, in both languages', () => {
    const c = breakdownCheck(tables, 2017)!;
    expect(breakdownCheckText(c, 'en')).toBe('In 2017, 248 persons received at least one service. The counts by service add up to 248 (derived): exactly the number of persons served.');
    expect(breakdownCheckText(c, 'ka')).toContain('248 (გამოთვლილი)');
    expect(breakdownCheckText(c, 'ka')).toContain('სერვისი მიეწოდა 248 პირს');
  });
});

describe('matrixView over the real data', () => {
  it('matrixView has a row per service and a cell per program year', () => {
    const v = matrixView(tables, 'en');
    expect(v.years).toEqual([2015, 2016, 2017, 2018]);
    expect(v.rows.map((r) => r.serviceId)).toEqual(tables.services.map((s) => s.service_id));
    const income = v.rows.find((r) => r.serviceId === 'income_projects')!;
    expect(income.cells.map((c) => [c.state, c.text])).toEqual([
      ['offered', 'offered; count not reported'],
      ['unknown', 'not reported'],
      ['counted', '147'],
      ['offered', 'offered; count not reported'],
    ]);
    expect(v.rows.find((r) => r.serviceId === 'housing')!.cells[0]!.text).toBe('not offered');
  });

  it('matrixView groups the years: counted 2017, offered only 2015 and 2018, unknown 2016', () => {
    const v = matrixView(tables, 'en');
    expect(v.countedYears).toEqual([2017]);
    expect(v.offeredOnlyYears).toEqual([2015, 2018]);
    expect(v.unknownYears).toEqual([2016]);
    expect(matrixTakeaway(v, 'en')).toBe(
      'Counts by service are known for 2017. For 2015 and 2018, the services offered are known but their counts are not. For 2016, our sources do not list the services.',
    );
    expect(matrixTakeaway(matrixView(tables, 'ka'), 'ka')).toContain('2015 და 2018');
  });

  it('matrixView has a legend entry for each of the four states, with words in Georgian', () => {
    const legend = matrixView(tables, 'ka').legend;
    expect(legend.map((l) => l.state)).toEqual(['counted', 'offered', 'not_offered', 'unknown']);
    for (const l of legend) expect(l.label + l.meaning).toMatch(/^[^A-Za-z]+$/);
  });
});

describe('serviceCatalogue over the real data', () => {
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

  it('listYears joins years in the page’s language', () => {
    expect(listYears([2015, 2017, 2018], 'en')).toBe('2015, 2017 and 2018');
    expect(listYears([2015, 2017, 2018], 'ka')).toBe('2015, 2017 და 2018');
  });
});

describe('iomProjectViews over the real data', () => {
  it('the EU readmission project: the kinds of help add up to 530 while 515 persons were assisted', () => {
    const p = project('eu-readmission-2014-2016');
    expect(p.personsSum).toBe(530);
    expect(p.assisted).toBe(515);
    expect(p.relation).toBe('more');
    expect(p.breakdown).toBe('overlapping');
    expect(p.familyKinds).toEqual([]);
    expect(iomOverlapText(p, 'en')).toBe(
      'The counts in persons add up to 530 (derived), more than the 515 persons assisted: one person can receive several kinds of help, so the counts overlap and their sum is not a number of persons.',
    );
    expect(iomOverlapText(p, 'ka')).toContain('530 (გამოთვლილი)');
  });

  it('the 2003–2016 figures keep the families count out of the sum of persons', () => {
    const p = project('iom-avrr-2003-2016');
    expect(p.personsSum).toBe(119 + 1518 + 164 + 360);
    expect(p.familyKinds.map((k) => [k.category, k.count, k.unit])).toEqual([['temporary_accommodation', 223, 'families']]);
    expect(iomFamiliesTexts(p, 'en')).toEqual(['“temporary accommodation” is counted in families, not persons (223 families). A family is not a person, so this count is left out of the sum of persons.']);
    expect(iomFamiliesTexts(p, 'ka')[0]).toContain('223 ოჯახი');
  });

  it('iomProjectViews gives totals with "not reported" left as null, and the period in words', () => {
    const p = project('eu-readmission-2014-2016');
    expect(p.totals.map((x) => [x.key, x.value])).toEqual([
      ['voluntary_returns', null], ['persons_reached', 2412], ['persons_registered', 845], ['persons_assisted', 515],
    ]);
    expect(iomPeriod(p, 'en')).toBe('March 2014\u2009–\u2009January 2016');
  });

  it('iomDisplaySlice keeps the slice’s id and figures and names kinds and units in both languages', () => {
    const s = iomSlices(tables).find((x) => x.id === 'iom-avrr-2003-2016')!;
    const d = iomDisplaySlice(s);
    expect(d.id).toBe(s.id);
    expect(d.sources).toEqual(s.sources);
    expect(d.rows.map((r) => r.count)).toEqual(s.rows.map((r) => r.count));
    const acc = d.rows.find((r) => r.category === 'temporary_accommodation')!;
    expect([acc.kind_ka, acc.unit_en, acc.unit_note_en]).toEqual(['დროებითი საცხოვრისი', 'families', 'families']);
    expect(d.rows.find((r) => r.category === 'employment')!.unit_note_en).toBeNull();
    const bars = barsFromSlice(d, { label: 'kind', value: 'count', extra: 'unit_note' }, 'en');
    expect(bars.description).toContain('temporary accommodation: 223 (families)');
    expect(bars.description).toContain('micro-business: 1,518;');
  });
});
