import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { citations, groupRefs, programRefs, rowRef, sourceTitle, uniqueSources } from './provenance.ts';

const sources = [
  { source_id: 'report', title_ka: 'ანგარიში', title_en: 'Progress report' },
  { source_id: 'page', title_ka: 'გვერდი', title_en: 'Ministry page', url: 'https://example.gov.ge/page' },
];

describe('references', () => {
  it('uniqueSources keeps each source and place once, in first-seen order', () => {
    expect(uniqueSources([{ sourceId: 'page', ref: null }, { sourceId: 'report', ref: 'L3' }, { sourceId: 'page', ref: null }, { sourceId: 'report', ref: 'L4' }])).toEqual([
      { sourceId: 'page', ref: null },
      { sourceId: 'report', ref: 'L3' },
      { sourceId: 'report', ref: 'L4' },
    ]);
  });
  it('groupRefs gives one entry per source with all its places', () => {
    expect(groupRefs([{ sourceId: 'report', ref: 'L6' }, { sourceId: 'page', ref: null }, { sourceId: 'report', ref: 'L7' }, { sourceId: 'report', ref: 'L6' }])).toEqual([
      { sourceId: 'report', refs: ['L6', 'L7'] },
      { sourceId: 'page', refs: [] },
    ]);
  });
  it('rowRef and programRefs read a row’s sources (fixture: 2017 from the report, confirmed by the ministry)', () => {
    const tables = fixtureTables();
    const p = tables.programs.find((x) => x.year === 2017)!;
    expect(programRefs(p)).toEqual([{ sourceId: 'report-2018-06', ref: 'L3' }, { sourceId: 'mra-10431', ref: null }]);
    expect(programRefs({ ...p, source_id: null, source_ref: null })).toEqual([{ sourceId: 'mra-10431', ref: null }]);
    const b = tables.beneficiaries.find((x) => x.year === 2018 && x.service_id === 'medical')!;
    expect(rowRef(b)).toEqual({ sourceId: 'report-2018-06', ref: 'L6' });
  });
});

describe('citations', () => {
  it('citations names each source once with its places, in the language asked', () => {
    expect(citations([{ sourceId: 'report', ref: 'L3' }, { sourceId: 'report', ref: 'L4' }, { sourceId: 'page', ref: null }], sources, 'en')).toEqual([
      { id: 'report', title: 'Progress report', places: 'L3, L4', url: null },
      // The document's address comes with it, to be printed beside the title.
      { id: 'page', title: 'Ministry page', places: null, url: 'https://example.gov.ge/page' },
    ]);
    expect(citations([{ sourceId: 'report', ref: 'L3' }], sources, 'ka')).toEqual([{ id: 'report', title: 'ანგარიში', places: 'L3', url: null }]);
  });
  it('citations and sourceTitle refuse a source not in sources.csv', () => {
    expect(() => citations([{ sourceId: 'nope', ref: null }], sources, 'en')).toThrow(/nope/);
    expect(() => sourceTitle(sources, 'nope', 'ka')).toThrow(/nope/);
    expect(sourceTitle(sources, 'page', 'ka')).toBe('გვერდი');
  });
});
