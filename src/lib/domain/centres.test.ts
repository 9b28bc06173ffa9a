import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { HISTORY_KINDS, centreViews, programHistory } from './centres.ts';

const tables = fixtureTables();

describe('centreViews (fixture)', () => {
  it('centreViews puts the centres the report names first: Kutaisi, Batumi, Telavi, then Tbilisi', () => {
    const v = centreViews(tables);
    expect(v.map((c) => [c.id, c.namedInReport])).toEqual([
      ['kutaisi', true],
      ['batumi', true],
      ['telavi', true],
      ['tbilisi', false],
    ]);
  });
  it('centreViews keeps every source: the report line, the other sources, address and coordinates', () => {
    const kutaisi = centreViews(tables)[0]!;
    expect(kutaisi.refs).toEqual([{ sourceId: 'report-2018-06', ref: 'L2' }, { sourceId: 'iom-assistance', ref: null }]);
    expect(kutaisi.addressRefs).toEqual([{ sourceId: 'iom-leaflet', ref: null }]);
    expect(kutaisi.coordinateRefs).toEqual([{ sourceId: 'geonames', ref: null }]);
    expect(kutaisi.operator.en).toContain('IOM');
    const tbilisi = centreViews(tables)[3]!;
    expect(tbilisi.refs[0]!.sourceId).toBe('iom-assistance');
    expect(tbilisi.note?.en).toContain('does not name');
  });
  it('centreViews refuses an operator code the schema does not declare', () => {
    const bad = tables.mobility_centres.map((c, i) => (i === 0 ? { ...c, operator: 'nope' as never } : c));
    expect(() => centreViews({ mobility_centres: bad })).toThrow(/nope/);
  });
});

describe('programHistory (fixture)', () => {
  it('programHistory lists the project (both dates), the handover and the administering bodies, oldest first', () => {
    const h = programHistory(tables);
    expect(h.map((m) => m.milestone_id)).toEqual(['more-for-more-mra', 'more-for-more-report', 'handover', 'transfer-ministry', 'transfer-agency']);
    expect(h.every((m) => HISTORY_KINDS.includes(m.kind))).toBe(true);
  });
});
