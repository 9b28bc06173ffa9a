/** How a slice cell reads in a table or a chart label, in one language (the one formatter, plus slice-only kinds). */
import { formatDisplay, formatNumber, type FormattedValue } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatQualified } from '../i18n/qualified.ts';
import { t } from '../i18n/strings/index.ts';
import type { SliceColumn, SliceRow } from './chart-slice.ts';

export type FormattedCell = FormattedValue;

const STATE_KEYS = {
  offered: 'service.offeredCountNotReported',
  not_offered: 'service.notOffered',
  unknown: 'value.notReported',
} as const;

export function formatCell(column: SliceColumn, row: SliceRow, locale: Locale): FormattedCell {
  if (column.kind === 'localized') return formatDisplay(row[`${column.key}_${locale}`], 'text', locale);
  const value = row[column.key];
  if (column.kind !== 'state') return column.comparisonKey ? formatQualified(value, column.kind, row[column.comparisonKey], locale) : formatDisplay(value, column.kind, locale);
  if (value === null || value === undefined || value === '') return formatDisplay(null, 'text', locale);
  const key = STATE_KEYS[String(value) as keyof typeof STATE_KEYS];
  // A number is a reported count: the service was offered to that many persons.
  return key
    ? { text: t(locale, key), missing: value === 'unknown', numeric: false }
    : { text: formatNumber(Number(value), locale), missing: false, numeric: true };
}
