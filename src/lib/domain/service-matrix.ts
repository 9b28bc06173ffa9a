/**
 * The year × service matrix: for each service and program year, offered with a count, offered
 * without one, not offered, or unknown (the year lists no services).
 */
import type { Tables } from '../validation/load.ts';

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
