/**
 * A year whose narrative is still a draft is not published: none of its rows appear on the
 * site, in the downloads or in the metadata until its narratives say `status: published`.
 * A year with no narrative at all is published with its data alone.
 */
import type { Tables } from '../validation/load.ts';

export interface NarrativeStatus {
  year: number;
  status: 'draft' | 'published';
}

/** Years that have narratives and none of them published. */
export function draftYears(narratives: readonly NarrativeStatus[]): number[] {
  const years = new Set(narratives.map((n) => n.year));
  return [...years].filter((y) => !narratives.some((n) => n.year === y && n.status === 'published')).sort();
}

/** The tables without the rows of the given (draft) years. */
export function withoutYears(t: Tables, years: readonly number[]): Tables {
  if (years.length === 0) return t;
  const hidden = new Set(years);
  const keyHidden = (key: string | null) => key !== null && hidden.has(Number(key.split('/')[0]));
  return {
    ...t,
    programs: t.programs.filter((r) => !hidden.has(r.year)),
    beneficiaries: t.beneficiaries.filter((r) => !hidden.has(r.year)),
    milestones: t.milestones.filter((r) => r.program_year === null || !hidden.has(r.program_year)),
    revisions: t.revisions.filter((r) => !((r.dataset === 'programs' || r.dataset === 'beneficiaries') && keyHidden(r.row_key))),
  };
}
