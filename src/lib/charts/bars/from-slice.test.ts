import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import type { Tables } from '../../validation/load.ts';
import { breakdownChart } from '../entries/breakdown.ts';
import { budgetChart } from '../entries/budget.ts';
import { barsFromSlice } from './from-slice.ts';

const tables = fixtureTables();
const budgetSlice = (t: Tables) => budgetChart(t).slice;

describe('barsFromSlice (fixture)', () => {
  it('barsFromSlice states every budget in the text alternative, in both languages', () => {
    const en = barsFromSlice(budgetSlice(tables), { label: 'year', value: 'budget_gel' }, 'en');
    en.description = en.description.replace(/\s/g, ' ');
    expect(en.description).toContain('2017: GEL 590,000');
    expect(en.description).toContain('2018: GEL 650,000');
    const ka = barsFromSlice(budgetSlice(tables), { label: 'year', value: 'budget_gel' }, 'ka');
    expect(ka.description).toContain('2017: 590\u00a0000\u00a0₾');
  });

  it('barsFromSlice labels the 2017 breakdown with counts and derived shares', () => {
    const m = barsFromSlice(breakdownChart(tables, 2017)!.slice, { label: 'service', value: 'persons', extra: 'share' }, 'en');
    m.description = m.description.replace(/\s/g, ' ');
    expect(m.layout.bars.map((b) => b.valueLabel)).toEqual(['147 (59.3%)', '57 (23.0%)', '30 (12.1%)', '14 (5.6%)']);
    expect(m.description).toContain('Funding of income-generating projects: 147 (59.3%)');
  });

  it('barsFromSlice draws a not-reported value as missing', () => {
    const slice = budgetSlice({ ...tables, programs: [...tables.programs, { ...tables.programs[0]!, year: 2019, budget_gel: null }] });
    const m = barsFromSlice(slice, { label: 'year', value: 'budget_gel' }, 'en');
    const last = m.layout.bars.at(-1)!;
    expect(last.missing).toBe(true);
    expect(m.description).toContain('2019: not reported');
  });
});
