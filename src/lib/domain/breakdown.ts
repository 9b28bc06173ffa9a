/**
 * What each year offered and to how many: the breakdown of one year with shares (derived),
 * and the year × service matrix.
 */
import { share } from './derive.ts';
import type { Tables } from '../validation/load.ts';
import type { Row } from '../../schemas/index.ts';

export interface BreakdownItem {
  serviceId: string;
  persons: number | null;
  /** persons ÷ persons served (derived); null where either is not reported. */
  share: number | null;
  sourceId: string;
  sourceRef: string | null;
}

export interface Breakdown {
  year: number;
  personsServed: number | null;
  kind: Row<'programs'>['breakdown'];
  items: BreakdownItem[];
  /** Sum of the reported counts. */
  sum: number;
}

export function breakdownFor(t: Pick<Tables, 'programs' | 'beneficiaries'>, year: number): Breakdown | null {
  const program = t.programs.find((p) => p.year === year);
  if (!program) return null;
  const items = t.beneficiaries
    .filter((b) => b.year === year)
    .map((b) => ({
      serviceId: b.service_id,
      persons: b.persons,
      share: program.breakdown === 'exact' ? share(b.persons, program.persons_served) : null,
      sourceId: b.source_id,
      sourceRef: b.source_ref,
    }))
    .sort((a, b) => (b.persons ?? -1) - (a.persons ?? -1));
  return { year, personsServed: program.persons_served, kind: program.breakdown, items, sum: items.reduce((s, i) => s + (i.persons ?? 0), 0) };
}

/** How the counts by service compare with persons served. */
export type SumRelation = 'exact' | 'more' | 'fewer' | 'no_total' | 'incomplete';

export interface BreakdownCheck {
  year: number;
  personsServed: number | null;
  /** Sum of the counts by service (derived). */
  sum: number;
  relation: SumRelation;
}

/** Adds up the year's counts by service and compares the sum with persons served. */
export function breakdownCheck(tables: Pick<Tables, 'programs' | 'beneficiaries'>, year: number): BreakdownCheck | null {
  const b = breakdownFor(tables, year);
  if (!b || b.items.length === 0) return null;
  const relation: SumRelation = b.items.some((i) => i.persons === null)
    ? 'incomplete'
    : b.personsServed === null
      ? 'no_total'
      : b.sum === b.personsServed
        ? 'exact'
        : b.sum > b.personsServed
          ? 'more'
          : 'fewer';
  return { year, personsServed: b.personsServed, sum: b.sum, relation };
}

/** The latest program year whose breakdown has counts. */
export function latestCountedYear(t: Pick<Tables, 'beneficiaries'>): number | null {
  const years = t.beneficiaries.filter((b) => b.persons !== null).map((b) => b.year);
  return years.length ? Math.max(...years) : null;
}
