/** The /services/ page's model: each service with its years, counts, notes and sources. */
import type { Tables } from '../validation/load.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import { pair } from '../i18n/locales.ts';
import { rowRef, type SourceRef } from '../domain/provenance.ts';
import { serviceMatrix, yearsOffered } from '../domain/service-matrix.ts';
import { matrixModel } from '../charts/matrix/model.ts';
import type { RouteContext } from './context.ts';

export interface ServiceYear {
  year: number;
  state: 'counted' | 'offered';
  persons: number | null;
  /** How exact the count is (exact, at_least …), as beneficiaries.csv says. */
  personsComparison: string | null;
  note: Bilingual | null;
  ref: SourceRef;
}

export interface ServiceEntry {
  serviceId: string;
  name: Bilingual;
  description: Bilingual;
  /** Where the name and description come from. */
  ref: SourceRef;
  /** Years the service was offered (from the matrix). */
  yearsOffered: number[];
  /** Years with a reported count of persons. */
  countedYears: number[];
  /** One entry per year offered, oldest first, with its count, note and source. */
  years: ServiceYear[];
}

export function serviceCatalogue(tables: Pick<Tables, 'programs' | 'beneficiaries' | 'services'>): ServiceEntry[] {
  const m = serviceMatrix(tables);
  return tables.services.map((s) => {
    const offered = yearsOffered(m, s.service_id);
    return {
      serviceId: s.service_id,
      name: { ka: s.name_ka, en: s.name_en },
      description: { ka: s.description_ka, en: s.description_en },
      ref: rowRef(s),
      yearsOffered: offered,
      countedYears: offered.filter((y) => m.cells[s.service_id]![y]!.state === 'counted'),
      years: offered.map((year) => {
        const row = tables.beneficiaries.find((b) => b.year === year && b.service_id === s.service_id)!;
        return {
          year,
          state: row.persons === null ? 'offered' : 'counted',
          persons: row.persons,
          personsComparison: row.persons_comparison,
          note: pair(row.note_ka, row.note_en),
          ref: rowRef(row),
        };
      }),
    };
  });
}


export function servicesModel(ctx: RouteContext): { catalogue: ServiceEntry[]; unknownYears: number[] } {
  return { catalogue: serviceCatalogue(ctx.tables), unknownYears: matrixModel(ctx.tables, ctx.locale).unknownYears };
}
