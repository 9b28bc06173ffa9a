/**
 * The year × service matrix as the reader sees it in one language: a row per service, a cell
 * per year saying its state in words (a symbol is drawn beside it), the legend, and which
 * years have counts, services only, or nothing.
 */
import type { Tables } from '../../validation/load.ts';
import { serviceName } from '../../domain/services.ts';
import { serviceMatrix, type MatrixState, type ServiceMatrix } from '../../domain/service-matrix.ts';
import { formatList, formatNumber, notReported } from '../../i18n/format.ts';
import { pick, type Locale } from '../../i18n/locales.ts';
import { t, tf, type StringKey } from '../../i18n/strings/index.ts';

export interface MatrixModelCell {
  year: number;
  state: MatrixState;
  persons: number | null;
  /** What the cell says (the symbol is drawn beside it). */
  text: string;
}

export interface MatrixModelRow {
  serviceId: string;
  name: string;
  cells: MatrixModelCell[];
}

export interface MatrixModel {
  years: number[];
  rows: MatrixModelRow[];
  /** One entry per state, in the order the legend lists them. */
  legend: { state: MatrixState; label: string; meaning: string }[];
  /** Years with counts, with services but no counts, and with no list of services. */
  countedYears: number[];
  offeredOnlyYears: number[];
  unknownYears: number[];
}

/** Cell words: the same as the matrix slice's table and download (format-cell.ts). */
function stateText(state: MatrixState, persons: number | null, locale: Locale): string {
  switch (state) {
    case 'counted':
      return formatNumber(persons!, locale);
    case 'offered':
      return t(locale, 'service.offeredCountNotReported');
    case 'not_offered':
      return t(locale, 'service.notOffered');
    case 'unknown':
      return notReported(locale);
  }
}

const LEGEND: { state: MatrixState; meaning: StringKey }[] = [
  { state: 'counted', meaning: 'beneficiaries.legendCounted' },
  { state: 'offered', meaning: 'beneficiaries.legendOffered' },
  { state: 'not_offered', meaning: 'beneficiaries.legendNotOffered' },
  { state: 'unknown', meaning: 'beneficiaries.legendUnknown' },
];

function yearsWhere(m: ServiceMatrix, test: (states: MatrixState[]) => boolean): number[] {
  return m.years.filter((y) => test(m.serviceIds.map((s) => m.cells[s]![y]!.state)));
}

export function matrixModel(tables: Pick<Tables, 'programs' | 'beneficiaries' | 'services'>, locale: Locale): MatrixModel {
  const m = serviceMatrix(tables);
  return {
    years: m.years,
    rows: m.serviceIds.map((id) => {
      return {
        serviceId: id,
        name: pick(serviceName(tables, id), locale),
        cells: m.years.map((year) => {
          const c = m.cells[id]![year]!;
          return { year, state: c.state, persons: c.persons, text: stateText(c.state, c.persons, locale) };
        }),
      };
    }),
    legend: LEGEND.map((l) => ({
      state: l.state,
      // A counted cell shows its number; the legend names what it stands for.
      label: l.state === 'counted' ? t(locale, 'service.offered') : stateText(l.state, null, locale),
      meaning: t(locale, l.meaning),
    })),
    countedYears: yearsWhere(m, (s) => s.includes('counted')),
    offeredOnlyYears: yearsWhere(m, (s) => s.includes('offered') && !s.includes('counted')),
    unknownYears: yearsWhere(m, (s) => s.every((x) => x === 'unknown')),
  };
}

/** What the matrix says, year groups computed from its cells. */
export function matrixTakeaway(v: MatrixModel, locale: Locale): string {
  const parts: string[] = [];
  if (v.countedYears.length) parts.push(tf(locale, 'beneficiaries.matrixCounted', { years: formatList(v.countedYears, locale) }));
  if (v.offeredOnlyYears.length) parts.push(tf(locale, 'beneficiaries.matrixOfferedOnly', { years: formatList(v.offeredOnlyYears, locale) }));
  if (v.unknownYears.length) parts.push(tf(locale, 'beneficiaries.matrixUnknown', { years: formatList(v.unknownYears, locale) }));
  return parts.join(' ');
}
