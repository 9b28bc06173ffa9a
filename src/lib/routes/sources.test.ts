import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { datasets } from '../../schemas/index.ts';
import { MAIN_DATASETS, dateDisagreements, datasetDocs, sourceEntries, sourcesByKind, unknownsByYear } from './sources.ts';

const tables = fixtureTables();

describe('sourcesByKind', () => {
  it('sourcesByKind lists every source exactly once, grouped in the schema’s order of kinds', () => {
    const groups = sourcesByKind(tables);
    const ids = groups.flatMap((g) => g.sources.map((s) => s.id));
    expect(ids.sort()).toEqual(tables.sources.map((s) => s.source_id).sort());
    expect(groups.map((g) => g.kind)).toEqual(['report', 'official', 'iom', 'media', 'gazetteer']);
  });
  it('sourceEntries labels kind and language from the schema and keeps unknowns null', () => {
    const report = sourceEntries(tables).find((s) => s.id === 'report-2018-06')!;
    expect(report.kindLabel).toEqual({ en: 'Report', ka: 'ანგარიში' });
    expect(report.languageLabel.en).toBe('Georgian and English');
    expect(report.publisher).toBeNull();
    expect(report.url).toBeNull();
    expect(report.published).toBe('2018-06');
    const mra = sourceEntries(tables).find((s) => s.id === 'mra-2369')!;
    expect(mra.published).toBeNull();
    expect(mra.url).toBe('https://mra.gov.ge/geo/static/2369');
  });
});

describe('datasetDocs', () => {
  it('datasetDocs documents every column of the main datasets, in both languages', () => {
    const docs = datasetDocs();
    expect(docs.map((d) => d.slug)).toEqual([...MAIN_DATASETS]);
    for (const d of docs) {
      expect(d.columns.map((c) => c.name)).toEqual(Object.keys(datasets[d.slug].columns));
      for (const c of d.columns) {
        expect(c.label.ka && c.label.en && c.description.ka && c.description.en, `${d.slug}.${c.name}`).toBeTruthy();
      }
    }
    const budget = docs.find((d) => d.slug === 'programs')!.columns.find((c) => c.name === 'budget_gel')!;
    expect(budget.unit).toEqual({ en: 'GEL (lari)', ka: 'ლარი (₾)' });
  });
});

describe('unknownsByYear', () => {
  it('unknownsByYear lists every empty period, budget and persons cell, missing service lists and uncounted services', () => {
    const u = unknownsByYear(tables);
    expect(u.map((x) => x.year)).toEqual([2015, 2016, 2018]);
    expect(u[0]).toMatchObject({ year: 2015, missing: ['period', 'persons'], noServiceList: false, uncountedServices: ['medical', 'vocational', 'income_projects', 'internships', 'legal_aid'] });
    expect(u[1]).toMatchObject({ year: 2016, missing: ['period', 'persons'], noServiceList: true, directions: 6, uncountedServices: [] });
    expect(u[2]).toMatchObject({ year: 2018, missing: ['period', 'persons'], noServiceList: false });
    expect(u[2]!.uncountedServices).toHaveLength(4);
  });
});

describe('dateDisagreements', () => {
  it('dateDisagreements finds the two start dates of “More for More” and nothing else', () => {
    const d = dateDisagreements(tables);
    expect(d).toHaveLength(1);
    expect(d[0]!.event).toBe('more-for-more');
    expect(d[0]!.accounts.map((m) => [m.date, m.source_id])).toEqual([
      ['2013-12', 'mra-2369'],
      ['2014', 'report-2018-06'],
    ]);
  });
  it('dateDisagreements ignores accounts from one source or with the same date', () => {
    const base = tables.milestones.find((m) => m.milestone_id === 'more-for-more-mra')!;
    expect(dateDisagreements({ milestones: [base, { ...base, milestone_id: 'more-for-more-mra2' }] })).toEqual([]);
    expect(dateDisagreements({ milestones: [base, { ...base, milestone_id: 'more-for-more-report', source_id: 'report-2018-06' }] })).toEqual([]);
  });
});
