/** Program years: which there are, which is the latest with figures, what each offered. */
import type { Tables } from '../validation/load.ts';
import type { Row } from '../../schemas/index.ts';

/** Every program year in programs.csv, oldest first. */
export function programYears(t: Pick<Tables, 'programs'>): number[] {
  return t.programs.map((p) => p.year).sort((a, b) => a - b);
}

/** The latest program year with a budget or a count of persons served. */
export function latestYearWithData(t: Pick<Tables, 'programs'>): Row<'programs'> | null {
  const withData = t.programs.filter((p) => p.budget_gel !== null || p.persons_served !== null);
  return withData.sort((a, b) => b.year - a.year)[0] ?? null;
}

/** The latest year with persons served reported (the latest year may not have them yet). */
export function latestYearWithPersons(t: Pick<Tables, 'programs'>): Row<'programs'> | null {
  return t.programs.filter((p) => p.persons_served !== null).sort((a, b) => b.year - a.year)[0] ?? null;
}

/** The services listed for a year, in file order. */
export function servicesOffered(t: Pick<Tables, 'beneficiaries'>, year: number): string[] {
  return t.beneficiaries.filter((b) => b.year === year).map((b) => b.service_id);
}

/** The program row of a year, or null. */
export function programOf(t: Pick<Tables, 'programs'>, year: number): Row<'programs'> | null {
  return t.programs.find((p) => p.year === year) ?? null;
}

/** Every program year, oldest first, with its rows of beneficiaries.csv (the services it listed). */
export function programsWithServices(t: Pick<Tables, 'programs' | 'beneficiaries'>): { program: Row<'programs'>; rows: Row<'beneficiaries'>[] }[] {
  return [...t.programs].sort((a, b) => a.year - b.year).map((program) => ({ program, rows: t.beneficiaries.filter((b) => b.year === program.year) }));
}
