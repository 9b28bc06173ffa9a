/** Notes printed with a chart, computed from its data so that each appears only where it applies. */
import { FORMULAS } from '../../domain/derive.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/strings/index.ts';
import type { ChartSlice, SliceColumn } from '../chart-slice.ts';

export const YEAR_COLUMN: SliceColumn = { key: 'year', label: { en: 'Year', ka: 'წელი' }, kind: 'year' };

/** The hatch key, only when a value the chart draws is missing (drawn hatched, "not reported"). */
export function missingNotes(slice: ChartSlice, valueKey: string, locale: Locale): string[] {
  return slice.rows.some((r) => r[valueKey] === null || r[valueKey] === undefined) ? [t(locale, 'figure.missingKey')] : [];
}

/** The "derived" key and the formula of each derived column shown that holds a value, once each. */
export function derivedNotes(slice: ChartSlice, locale: Locale, shown: readonly string[] = slice.columns.map((c) => c.key)): string[] {
  const holdsValue = (key: string) => slice.rows.some((r) => r[key] !== null && r[key] !== undefined);
  const formulas = [...new Set(slice.columns.filter((c) => c.derived && shown.includes(c.key) && holdsValue(c.key)).map((c) => c.derived!))];
  return formulas.length ? [t(locale, 'figure.derivedKey'), ...formulas.map((f) => FORMULAS[f][locale])] : [];
}
