/** The budget by program year and its year-to-year change (derived). */
import { change, type Change } from './derive.ts';
import type { Tables } from '../validation/load.ts';
import { programsWithServices } from './programs.ts';
import { rowRef, type SourceRef } from './provenance.ts';
import { pair, type Bilingual } from '../i18n/locales.ts';
import type { Comparison, Stage, YearBasis } from '../../schemas/certainty.ts';

export interface BudgetPoint {
  year: number;
  budget: number | null;
  /** How exact the budget is (exact, at_least …); null where it is not reported. */
  comparison: Comparison | null;
  stage: Stage | null;
  yearBasis: YearBasis | null;
  yearBasisReason: { ka: string | null; en: string | null };
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
    .map((p) => ({
      year: p.year,
      budget: p.budget_gel,
      comparison: p.budget_comparison,
      stage: p.budget_stage,
      yearBasis: p.year_basis,
      yearBasisReason: { ka: p.year_basis_reason_ka, en: p.year_basis_reason_en },
      sourceIds: [...(p.source_id ? [p.source_id] : []), ...p.other_source_ids], sourceRef: p.source_ref }));
}

/** Change from each year to the next listed year; only consecutive calendar years are compared. */
export function budgetChanges(series: readonly BudgetPoint[]): BudgetChange[] {
  const out: BudgetChange[] = [];
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1]!;
    const cur = series[i]!;
    if (cur.year !== prev.year + 1) continue;
    // A change is computed only between exact amounts of the same stage: "more than 500,000"
    // minus 650,000 is no number at all.
    const comparable = prev.comparison === 'exact' && cur.comparison === 'exact' && prev.stage === cur.stage;
    out.push({ year: cur.year, previousYear: prev.year, change: comparable ? change(prev.budget, cur.budget) : null });
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
    // Only exact amounts and exact counts of people served make a per-person figure.
    .filter((p) => p.budget_gel !== null && p.persons_served && p.budget_comparison === 'exact' && p.persons_comparison === 'exact' && p.persons_stage === 'served')
    .map((p) => ({ year: p.year, value: p.budget_gel! / p.persons_served!, budget: p.budget_gel!, persons: p.persons_served! }));
}
