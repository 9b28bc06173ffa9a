import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { chartRegistry } from '../charts/registry.ts';
import { yearModel, yearPageModel, yearsIndex } from './years.ts';

const tables = fixtureTables();
const ctx = (locale: 'ka' | 'en') => ({ tables, locale, site: 'https://data.example.org', base: '/' });

describe('yearModel', () => {
  it('yearModel(2017) has the period, budget, persons served and counts by service', () => {
    const m = yearModel(tables, 2017)!;
    expect(m.period).toEqual({ start: '2017-04-20', end: '2018-02-20' });
    expect(m.budget).toBe(590000);
    expect(m.personsServed).toBe(248);
    expect(m.offer).toEqual({ kind: 'counts' });
    // The ministry's news item confirms the budget only; the period and counts are the report's.
    expect(m.refs).toEqual([{ sourceId: 'report-2018-06', ref: 'L3' }]);
    expect(m.budgetRefs).toEqual([{ sourceId: 'report-2018-06', ref: 'L3' }, { sourceId: 'mra-10431', ref: null }]);
    expect(m.administeredBy?.en).toContain('Accommodation and Refugees');
    expect(m.milestones.map((x) => x.milestone_id)).toEqual(['budget-2017', 'program-2017']);
    expect([m.previous, m.next]).toEqual([2016, 2018]);
  });
  it('yearModel(2018) lists the services offered without counts, and leaves persons served null (not 0)', () => {
    const m = yearModel(tables, 2018)!;
    expect(m.period).toBeNull();
    expect(m.personsServed).toBeNull();
    expect(m.offer.kind).toBe('services');
    if (m.offer.kind !== 'services') throw new Error('unreachable');
    expect(m.offer.services.map((s) => s.serviceId)).toEqual(['medical', 'income_projects', 'vocational', 'housing']);
    expect(m.offer.services[0]!.refs).toEqual([{ sourceId: 'report-2018-06', ref: 'L6' }]);
    expect(m.milestones.map((x) => x.milestone_id)).toEqual(['budget-2018', 'grants-2018', 'transfer-ministry']);
    expect(m.next).toBeNull();
  });
  it('yearModel(2016) has no list of services but keeps the count of directions', () => {
    const m = yearModel(tables, 2016)!;
    expect(m.offer).toEqual({ kind: 'none', directions: 6 });
    expect(m.previous).toBe(2015);
  });
  it('yearModel(2015) lists the five grant directions with the source’s wording', () => {
    const m = yearModel(tables, 2015)!;
    if (m.offer.kind !== 'services') throw new Error('expected services');
    expect(m.offer.services).toHaveLength(5);
    expect(m.offer.services.find((s) => s.serviceId === 'income_projects')!.note?.en).toContain('micro-business');
    expect(m.previous).toBeNull();
  });
  it('yearModel of a year not in programs.csv is null', () => {
    expect(yearModel(tables, 2030)).toBeNull();
  });
});

describe('yearsIndex', () => {
  it('yearsIndex gives one row per year with the not-reported cells as null', () => {
    const rows = yearsIndex(tables);
    expect(rows.map((r) => [r.year, r.budget, r.personsServed, r.servicesListed, r.directions])).toEqual([
      [2015, 400000, null, 5, null],
      [2016, 600000, null, 0, 6],
      [2017, 590000, 248, 4, null],
      [2018, 650000, null, 4, null],
    ]);
    expect(rows[3]!.refs.map((r) => r.sourceId)).toEqual(expect.arrayContaining(['report-2018-06', 'mra-10634']));
  });
});

describe('yearPageModel', () => {
  it('yearPageModel(2017) places the 2017 breakdown chart, whose takeaway names the most common service', () => {
    const m = yearPageModel(ctx('en'), 2017)!;
    expect(m.budget).toBe(590000);
    expect(m.breakdownFigure!.view.id).toBe('beneficiaries-2017');
    expect(m.breakdownFigure!.view.takeaway).toBe('In 2017 the most common service was “Funding of income-generating projects”: 147 of 248 persons (59.3%).');
    expect(m.breakdownFigure!.embedCode).toContain('/en/embed/beneficiaries-2017/');
  });
  it('yearPageModel of a year without counts has no breakdown chart, and of a year not in programs.csv is null', () => {
    expect(yearPageModel(ctx('ka'), 2018)!.breakdownFigure).toBeNull();
    expect(yearPageModel(ctx('ka'), 2016)!.breakdownFigure).toBeNull();
    expect(yearPageModel(ctx('ka'), 2030)).toBeNull();
  });
  it('every year with counts has its breakdown chart in the registry, once', () => {
    const ids = chartRegistry(tables).map((c) => c.id);
    for (const y of tables.programs.map((p) => p.year)) {
      const m = yearModel(tables, y)!;
      if (m.offer.kind === 'counts') expect(ids.filter((id) => id === `beneficiaries-${y}`), String(y)).toHaveLength(1);
      else expect(ids, String(y)).not.toContain(`beneficiaries-${y}`);
    }
  });
});
