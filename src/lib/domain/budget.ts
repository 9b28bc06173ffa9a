/** The budget by program year and its year-to-year change (derived). */
import { change, type Change } from './derive.ts';
import type { Tables } from '../validation/load.ts';
import { programsWithServices } from './programs.ts';
import { rowRef, type SourceRef } from './provenance.ts';
import { pair, type Bilingual } from '../i18n/locales.ts';

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
    .map((p) => ({ year: p.year, budget: p.budget_gel, sourceIds: [...(p.source_id ? [p.source_id] : []), ...p.other_source_ids], sourceRef: p.source_ref }));
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

export interface YearSpending {
  year: number;
  budget: number | null;
  /** Services offered that year, in file order; empty when the sources do not list them. */
  serviceIds: string[];
  /** How many directions the source counts, where it gives a count but no list. */
  directions: number | null;
  note: Bilingual | null;
  refs: SourceRef[];
}

/** What each year's budget paid for: the services offered that year, from beneficiaries.csv. */
export function spendingByYear(t: Pick<Tables, 'programs' | 'beneficiaries'>): YearSpending[] {
  return programsWithServices(t).map(({ program: p, rows }) => ({
    year: p.year,
    budget: p.budget_gel,
    serviceIds: rows.map((r) => r.service_id),
    directions: p.service_directions,
    note: pair(p.note_ka, p.note_en),
    refs: [...(p.source_id ? [rowRef({ source_id: p.source_id, source_ref: p.source_ref })] : []), ...rows.map(rowRef)],
  }));
}

/** Budget per person served (derived), for each year that reports both. */
export function budgetPerPerson(t: Pick<Tables, 'programs'>): { year: number; value: number; budget: number; persons: number }[] {
  return t.programs
    .filter((p) => p.budget_gel !== null && p.persons_served)
    .map((p) => ({ year: p.year, value: p.budget_gel! / p.persons_served!, budget: p.budget_gel!, persons: p.persons_served! }));
}
