/**
 * Columns, units and option sets that several datasets declare alike, written once so that the
 * same thing reads the same in every dataset's documentation (docs/columns.*.md, downloads).
 */
import { bilingual, date, id, oneOf, type Bilingual, type Column, type DatePrecision } from './columns.ts';

export const PERSONS: Bilingual = { en: 'persons', ka: 'პირი' };
export const GEL: Bilingual = { en: 'GEL (lari)', ka: 'ლარი (₾)' };

/** A date the sources give to the day, the month or only the year (read with `date_precision`). */
export const ANY_PRECISION: readonly DatePrecision[] = ['day', 'month', 'year'];
const PRECISIONS = [
  { value: 'day', label: { en: 'exact day', ka: 'ზუსტი დღე' } },
  { value: 'month', label: { en: 'month', ka: 'თვე' } },
  { value: 'year', label: { en: 'year', ka: 'წელი' } },
] as const;

/** How counts by kind relate to their total: they add up to it, or one person may be under several. */
export const BREAKDOWN_EXACT_OR_OVERLAPPING = [
  { value: 'exact', label: { en: 'adds up exactly', ka: 'ჯამი ზუსტად ემთხვევა' } },
  { value: 'overlapping', label: { en: 'overlapping', ka: 'ნაწილობრივ ემთხვევა ერთმანეთს' } },
] as const;

const FIGURE_UNITS = {
  gel: { value: 'gel', label: { en: 'GEL', ka: 'ლარი' } },
  persons: { value: 'persons', label: PERSONS },
  projects: { value: 'projects', label: { en: 'projects', ka: 'პროექტი' } },
} as const;
type FigureUnit = keyof typeof FIGURE_UNITS;

/** `figure_unit`: what a row's figure counts, one of `units`. */
export function figureUnit<const U extends FigureUnit>(units: readonly U[], o: { optional: true }): Column<U | null>;
export function figureUnit<const U extends FigureUnit>(units: readonly U[], o?: { optional?: false }): Column<U>;
export function figureUnit<const U extends FigureUnit>(units: readonly U[], o: { optional?: boolean } = {}) {
  const options: readonly { value: U; label: Bilingual }[] = units.map((u) => FIGURE_UNITS[u] as { value: U; label: Bilingual });
  return oneOf<U>({
    optional: o.optional as true,
    label: { en: 'Unit of the figure', ka: 'რიცხვის ერთეული' },
    description: { en: 'What the figure counts.', ka: 'რას ითვლის რიცხვი.' },
    options,
  });
}

/** `date_precision`: how precisely the source dates the row (day, month, year, and any `more`). */
export function datePrecision<const X extends string = never>(description: Bilingual, more: readonly { value: X; label: Bilingual }[] = []) {
  const options: readonly { value: DatePrecision | X; label: Bilingual }[] = [...PRECISIONS, ...more];
  return oneOf<DatePrecision | X>({ label: { en: 'Date precision', ka: 'თარიღის სიზუსტე' }, description, options });
}

/** "<Description>; empty if not reported.": a column whose empty cell means the source does not give it. */
export function emptyIfNotReported(d: Bilingual): Bilingual {
  return { en: `${d.en}; empty if not reported.`, ka: `${d.ka}; ცარიელია, თუ წყარო არ ასახელებს.` };
}

/** A row's key: "Short stable identifier of <of.en>." (`of.ka` in the genitive). */
export function stableId(label: Bilingual, of: Bilingual, example: string) {
  return id({ label, description: { en: `Short stable identifier of ${of.en}.`, ka: `${of.ka} მოკლე მუდმივი იდენტიფიკატორი.` }, example });
}

type PeriodDoc = { precisions?: readonly DatePrecision[]; start: Bilingual; end: Bilingual; startExample?: string; endExample: string };

/** `period_start` and `period_end`: the first and last day (or month) a row covers. */
export function period(o: PeriodDoc & { optional: true }): Record<'period_start' | 'period_end', Column<string | null>>;
export function period(o: PeriodDoc & { optional?: false }): Record<'period_start' | 'period_end', Column<string>>;
export function period(o: PeriodDoc & { optional?: boolean }) {
  const side = (label: Bilingual, description: Bilingual, example?: string) =>
    date({ optional: o.optional as true, ...(o.precisions ? { precisions: o.precisions } : {}), label, description, ...(example ? { example } : {}) });
  return {
    period_start: side({ en: 'Period start', ka: 'პერიოდის დასაწყისი' }, o.start, o.startExample),
    period_end: side({ en: 'Period end', ka: 'პერიოდის დასასრული' }, o.end, o.endExample),
  };
}

/** `note_ka`/`note_en`: "What a reader should know about <about>." */
export function readerNote(about: Bilingual) {
  return bilingual('note', {
    optional: true,
    label: { en: 'Note', ka: 'შენიშვნა' },
    description: { en: `What a reader should know about ${about.en}.`, ka: `რა უნდა იცოდეს მკითხველმა ${about.ka} შესახებ.` },
  });
}
