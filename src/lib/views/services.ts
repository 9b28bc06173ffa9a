/**
 * What each year offered and to how many: the breakdown of one year with shares (derived),
 * and the year × service matrix.
 */
import { share } from '../derive.ts';
import type { Tables } from '../data/load.ts';
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

/** The latest program year whose breakdown has counts. */
export function latestCountedYear(t: Pick<Tables, 'beneficiaries'>): number | null {
  const years = t.beneficiaries.filter((b) => b.persons !== null).map((b) => b.year);
  return years.length ? Math.max(...years) : null;
}

export type MatrixState = 'counted' | 'offered' | 'not_offered' | 'unknown';

export interface MatrixCell {
  state: MatrixState;
  persons: number | null;
}

export interface ServiceMatrix {
  years: number[];
  serviceIds: string[];
  /** cells[serviceId][year] */
  cells: Record<string, Record<number, MatrixCell>>;
}

/**
 * A year with rows in beneficiaries.csv lists its services completely (the sources list all
 * directions), so a service without a row that year was not offered. A year without any rows
 * is unknown for every service.
 */
export function serviceMatrix(t: Pick<Tables, 'programs' | 'beneficiaries' | 'services'>): ServiceMatrix {
  const years = t.programs.map((p) => p.year).sort((a, b) => a - b);
  const serviceIds = t.services.map((s) => s.service_id);
  const cells: ServiceMatrix['cells'] = {};
  for (const s of serviceIds) {
    cells[s] = {};
    for (const y of years) {
      const listed = t.beneficiaries.some((b) => b.year === y);
      const row = t.beneficiaries.find((b) => b.year === y && b.service_id === s);
      cells[s]![y] = !listed
        ? { state: 'unknown', persons: null }
        : !row
          ? { state: 'not_offered', persons: null }
          : { state: row.persons === null ? 'offered' : 'counted', persons: row.persons };
    }
  }
  return { years, serviceIds, cells };
}

/** Years in which a service was offered (from the matrix). */
export function yearsOffered(m: ServiceMatrix, serviceId: string): number[] {
  return m.years.filter((y) => {
    const s = m.cells[serviceId]?.[y]?.state;
    return s === 'counted' || s === 'offered';
  });
}
