/**
 * The program after the 2018 report: people reached by stage, the grant calls as each source
 * gives them, their results, and the statements that name no year. Plain facts, no words.
 */
import type { Tables } from '../validation/load.ts';
import type { Row } from '../../schemas/index.ts';
import type { Comparison, Stage, YearBasis } from '../../schemas/certainty.ts';
import type { SourceRef } from './provenance.ts';

/** One figure of people reached in a year, at one stage, from one source. */
export interface ReachPoint {
  year: number;
  stage: Stage;
  persons: number | null;
  comparison: Comparison | null;
  yearBasis: YearBasis | null;
  yearBasisReason: { ka: string | null; en: string | null };
  /** What the figure is, in both languages. */
  what: { ka: string; en: string };
  /** Who published it (to tell apart two sources' figures for the same year and stage). */
  by: { ka: string; en: string } | null;
  sourceId: string | null;
  sourceRef: string | null;
}

const STAGE_ORDER: Record<Stage, number> = { planned: 0, selected: 1, served: 2, allocated: 3 };

/**
 * People reached, by year and stage: persons served (programs.csv), grantees planned at a call
 * (grant_calls.csv, where the call counts persons), selected or served (grant_results.csv, the
 * whole country only). A year with none of these gets one empty point ("not reported").
 * Statements without a year are never here.
 */
export function reachByYear(t: Pick<Tables, 'programs' | 'grant_calls' | 'grant_results' | 'sources'>): ReachPoint[] {
  const publisher = (id: string) => {
    const s = t.sources.find((x) => x.source_id === id);
    return { ka: s?.publisher_ka ?? s?.title_ka ?? id, en: s?.publisher_en ?? s?.title_en ?? id };
  };
  const points: ReachPoint[] = [];
  for (const p of t.programs) {
    if (p.persons_served === null) continue;
    points.push({
      year: p.year, stage: p.persons_stage ?? 'served', persons: p.persons_served, comparison: p.persons_comparison,
      yearBasis: p.year_basis, yearBasisReason: { ka: p.year_basis_reason_ka, en: p.year_basis_reason_en },
      what: { ka: 'სერვისი მიიღეს', en: 'received a service' }, by: p.source_id ? publisher(p.source_id) : null, sourceId: p.source_id, sourceRef: p.source_ref,
    });
  }
  for (const c of t.grant_calls) {
    if (c.planned === null || c.planned_unit !== 'persons') continue;
    const by = publisher(c.source_id);
    points.push({
      year: c.year, stage: 'planned', persons: c.planned, comparison: c.planned_comparison,
      yearBasis: c.year_basis, yearBasisReason: { ka: c.year_basis_reason_ka, en: c.year_basis_reason_en },
      what: { ka: `კონკურსის გეგმა (${by.ka})`, en: `planned at the call (${by.en})` }, by, sourceId: c.source_id, sourceRef: c.source_ref,
    });
  }
  for (const r of t.grant_results) {
    if (r.place_en !== null) continue;
    points.push({
      year: r.year, stage: r.persons_stage ?? 'served', persons: r.persons, comparison: r.persons_comparison,
      yearBasis: r.year_basis, yearBasisReason: { ka: r.year_basis_reason_ka, en: r.year_basis_reason_en },
      what: { ka: r.what_ka, en: r.what_en }, by: publisher(r.source_id), sourceId: r.source_id, sourceRef: r.source_ref,
    });
  }
  const years = t.programs.map((p) => p.year);
  for (const year of years) {
    if (!points.some((p) => p.year === year)) {
      points.push({ year, stage: 'served', persons: null, comparison: null, yearBasis: null, yearBasisReason: { ka: null, en: null }, what: { ka: '', en: '' }, by: null, sourceId: null, sourceRef: null });
    }
  }
  return points.sort((a, b) => a.year - b.year || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]);
}

export function callsOfYear(t: Pick<Tables, 'grant_calls'>, year: number): Row<'grant_calls'>[] {
  return t.grant_calls.filter((c) => c.year === year);
}

export function resultsOfYear(t: Pick<Tables, 'grant_results'>, year: number): Row<'grant_results'>[] {
  return t.grant_results.filter((r) => r.year === year);
}

/** The calls of a year grouped by call, each with every source's account of it. */
export function callGroups(rows: readonly Row<'grant_calls'>[]): { callId: string; accounts: Row<'grant_calls'>[] }[] {
  const ids = [...new Set(rows.map((r) => r.call_id))];
  return ids.map((callId) => ({ callId, accounts: rows.filter((r) => r.call_id === callId) }));
}

/** Whether the accounts of one call disagree on a field they both give. */
export function accountsDisagree(accounts: readonly Row<'grant_calls'>[]): boolean {
  const fields = ['opened', 'deadline', 'planned', 'planned_comparison', 'max_grant_gel'] as const;
  return fields.some((f) => new Set(accounts.map((a) => a[f]).filter((v) => v !== null)).size > 1);
}

export const refOf = (r: { source_id: string | null; source_ref: string | null }): SourceRef[] =>
  r.source_id ? [{ sourceId: r.source_id, ref: r.source_ref }] : [];
