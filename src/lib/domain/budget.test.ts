import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { budgetChanges, budgetPerPerson, budgetSeries, spendingByYear } from './budget.ts';

const tables = fixtureTables();

describe('budgetSeries and budgetChanges (fixture)', () => {
  it('budgetSeries lists 2015–2018 in order with their sources', () => {
    const s = budgetSeries(tables);
    expect(s.map((p) => [p.year, p.budget])).toEqual([[2015, 400000], [2016, 600000], [2017, 590000], [2018, 650000]]);
    expect(s.find((p) => p.year === 2017)!.sourceIds).toContain('report-2018-06');
  });

  it('budgetChanges derives +60,000 (+10.2%) from 2017 to 2018', () => {
    const c = budgetChanges(budgetSeries(tables)).find((x) => x.year === 2018)!;
    expect(c.previousYear).toBe(2017);
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

  it('budgetChanges compares only consecutive calendar years', () => {
    const c = budgetChanges([
      { year: 2015, budget: 400000, comparison: 'exact', stage: 'allocated', yearBasis: 'stated', yearBasisReason: { ka: null, en: null }, sourceIds: [], sourceRef: null },
      { year: 2017, budget: 590000, comparison: 'exact', stage: 'allocated', yearBasis: 'stated', yearBasisReason: { ka: null, en: null }, sourceIds: [], sourceRef: null },
      { year: 2018, budget: 650000, comparison: 'exact', stage: 'allocated', yearBasis: 'stated', yearBasisReason: { ka: null, en: null }, sourceIds: [], sourceRef: null },
    ]);
    expect(c.map((x) => [x.previousYear, x.year])).toEqual([[2017, 2018]]);
  });
});

describe('spendingByYear (fixture)', () => {
  it('spendingByYear lists each year’s services, or the count of directions where the sources list none', () => {
    const s = spendingByYear(tables);
    expect(s.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018]);
    const y2016 = s.find((y) => y.year === 2016)!;
    expect(y2016.serviceIds).toEqual([]);
    expect(y2016.directions).toBe(6);
    const y2018 = s.find((y) => y.year === 2018)!;
    expect(y2018.budget).toBe(650000);
    expect(y2018.serviceIds).toEqual(['medical', 'income_projects', 'vocational', 'housing']);
    expect(y2018.refs.map((r) => r.sourceId)).toContain('report-2018-06');
  });
});

describe('budgetPerPerson (fixture)', () => {
  it('budgetPerPerson divides the budget by persons served only where both are reported (2017)', () => {
    const p = budgetPerPerson(tables);
    expect(p.map((x) => x.year)).toEqual([2017]);
    expect(p[0]!.budget).toBe(590000);
    expect(p[0]!.persons).toBe(248);
    expect(Math.round(p[0]!.value)).toBe(2379);
  });
});
