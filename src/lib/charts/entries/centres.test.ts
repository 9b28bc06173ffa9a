import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import { formatList } from '../../i18n/format.ts';
import { centresChart, centresTakeaway } from './centres.ts';

const tables = fixtureTables();

describe('centresTakeaway (fixture)', () => {
  it('centresTakeaway says which cities the report names and which another source adds', () => {
    expect(centresTakeaway(tables, 'en')).toBe('The report names centres in Kutaisi, Batumi and Telavi. “IOM Georgia: migrant assistance” also lists Tbilisi.');
    expect(centresTakeaway(tables, 'ka')).toContain('ქუთაისი, ბათუმი და თელავი');
    expect(centresTakeaway(tables, 'ka')).toContain('თბილისი');
  });
  it('centresTakeaway names only the report’s cities when it names every centre', () => {
    const all = tables.mobility_centres.map((c) => ({ ...c, named_in_report: 'yes' as const }));
    expect(centresTakeaway({ ...tables, mobility_centres: all }, 'en')).toBe(`The report names centres in ${formatList(all.map((c) => c.city_en), 'en')}.`);
  });
});

describe('centresChart (fixture)', () => {
  it('the centres slice carries the operator and whether the report names each centre', () => {
    const s = centresChart(tables).slice;
    const tbilisi = s.rows.find((r) => r.centre_id === 'tbilisi')!;
    expect(tbilisi.named_in_report_en).toBe('no');
    expect(tbilisi.named_in_report_ka).toBe('არა');
    expect(String(tbilisi.operator_en)).toContain('IOM');
    expect(s.sources.map((x) => x.sourceId)).toEqual(expect.arrayContaining(['report-2018-06', 'iom-assistance', 'iom-leaflet', 'geonames']));
  });
  it('the centres map lives on /mobility-centres/, and its notes state the borders and the boundary data', () => {
    const c = centresChart(tables);
    expect([c.kind, c.id, c.page]).toEqual(['map', 'mobility-centres', '/mobility-centres/']);
    expect(c.notes('en').join(' ')).toContain('Abkhazia and the Tskhinvali region');
    expect(c.notes('en').join(' ')).toContain('Natural Earth');
    expect(c.notes('ka').join(' ')).toContain('Natural Earth');
  });
});
