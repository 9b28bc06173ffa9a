/** The budget by program year and its year-to-year change (derived). */
import { change, type Change } from '../derive.ts';
import type { Tables } from '../data/load.ts';

export interface BudgetPoint {
  year: number;
  budget: number | null;
  sourceIds: string[];
  sourceRef: string | null;
}

export interface BudgetChange {
  year: number;
  previousYear: number;
  change: Change | null;
}

export function budgetSeries(t: Pick<Tables, 'programs'>): BudgetPoint[] {
  return [...t.programs]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({ year: p.year, budget: p.budget_gel, sourceIds: [p.source_id, ...p.other_source_ids], sourceRef: p.source_ref }));
}

/** Change from each year to the next listed year; only consecutive calendar years are compared. */
export function budgetChanges(series: readonly BudgetPoint[]): BudgetChange[] {
  const out: BudgetChange[] = [];
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1]!;
    const cur = series[i]!;
    if (cur.year !== prev.year + 1) continue;
    out.push({ year: cur.year, previousYear: prev.year, change: change(prev.budget, cur.budget) });
  }
  return out;
}
