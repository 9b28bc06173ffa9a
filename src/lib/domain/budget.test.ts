import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { budgetChanges, budgetSeries } from './budget.ts';
import { latestYearWithData, latestYearWithPersons, servicesOffered } from './headline.ts';
import { breakdownFor, latestCountedYear, serviceMatrix, yearsOffered } from './services.ts';

const { tables } = loadData(resolve('data'));

describe('views over the real data', () => {
  it('budgetSeries lists 2015–2018 in order with their sources', () => {
    const s = budgetSeries(tables);
    expect(s.map((p) => [p.year, p.budget])).toEqual([[2015, 400000], [2016, 600000], [2017, 590000], [2018, 650000]]);
    expect(s.find((p) => p.year === 2017)!.sourceIds).toContain('report-2018-06');
  });

  it('budgetChanges derives +60,000 (+10.2%) from 2017 to 2018', () => {
    const c = budgetChanges(budgetSeries(tables)).find((x) => x.year === 2018)!;
    expect(c.change!.absolute).toBe(60000);
    expect(c.change!.relative).toBeCloseTo(0.102, 3);
  });

  it('budgetChanges leaves a change null when a year is not reported', () => {
    const c = budgetChanges([
      { year: 2018, budget: 650000, comparison: 'exact', stage: 'allocated', yearBasis: 'stated', yearBasisReason: { ka: null, en: null }, sourceIds: [], sourceRef: null },
      { year: 2019, budget: null, comparison: null, stage: null, yearBasis: null, yearBasisReason: { ka: null, en: null }, sourceIds: [], sourceRef: null },
    ]);
    expect(c[0]!.change).toBeNull();
  });

  it('breakdownFor 2017 gives 147/57/30/14 with shares summing to 1', () => {
    const b = breakdownFor(tables, 2017)!;
    expect(b.items.map((i) => [i.serviceId, i.persons])).toEqual([
      ['income_projects', 147], ['medical', 57], ['vocational', 30], ['housing', 14],
    ]);
    expect(b.sum).toBe(248);
    expect(b.items.reduce((s, i) => s + i.share!, 0)).toBeCloseTo(1, 10);
    expect(b.items[0]!.share).toBeCloseTo(0.593, 3);
  });

  it('breakdownFor 2018 has services but no counts and no shares', () => {
    const b = breakdownFor(tables, 2018)!;
    expect(b.items).toHaveLength(4);
    expect(b.items.every((i) => i.persons === null && i.share === null)).toBe(true);
  });

  it('serviceMatrix tells counted, offered, not offered and unknown apart', () => {
    const m = serviceMatrix(tables);
    expect(m.cells.income_projects![2017]).toEqual({ state: 'counted', persons: 147 });
    expect(m.cells.medical![2018]).toEqual({ state: 'offered', persons: null });
    expect(m.cells.housing![2015]!.state).toBe('not_offered');
    expect(m.cells.legal_aid![2017]!.state).toBe('not_offered');
    expect(m.cells.medical![2016]!.state).toBe('unknown');
    expect(yearsOffered(m, 'housing')).toEqual([2017, 2018]);
  });

  it('headline picks 2018 as the latest year with data and 2017 for persons', () => {
    expect(latestYearWithData(tables)!.year).toBe(2018);
    expect(latestYearWithPersons(tables)!.persons_served).toBe(248);
    expect(latestCountedYear(tables)).toBe(2017);
    expect(servicesOffered(tables, 2018)).toHaveLength(4);
  });
});
