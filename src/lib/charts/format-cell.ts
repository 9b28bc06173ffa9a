/** How a slice cell reads in a table or a chart label, in one language. */
import { formatGel, formatNumber, formatPartialDate, formatPercent, formatSignedGel, notReported } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import type { SliceColumn, SliceRow } from './chart-slice.ts';

export interface FormattedCell {
  text: string;
  /** The value is missing: shown as "not reported", styled apart. */
  missing: boolean;
  numeric: boolean;
}

const STATE_KEYS = {
  offered: 'service.offeredCountNotReported',
  not_offered: 'service.notOffered',
  unknown: 'value.notReported',
} as const;

export function formatCell(column: SliceColumn, row: SliceRow, locale: Locale): FormattedCell {
  const value = column.kind === 'localized' ? row[`${column.key}_${locale}`] : row[column.key];
  const numeric = ['count', 'gel', 'share', 'signedGel', 'number'].includes(column.kind);
  if (value === null || value === undefined || value === '') return { text: notReported(locale), missing: true, numeric };
  switch (column.kind) {
    case 'count':
      return { text: formatNumber(Number(value), locale), missing: false, numeric };
    case 'gel':
      return { text: formatGel(Number(value), locale), missing: false, numeric };
    case 'signedGel':
      return { text: formatSignedGel(Number(value), locale), missing: false, numeric };
    case 'share':
      return { text: formatPercent(Number(value), locale), missing: false, numeric };
    case 'number':
      return { text: String(value), missing: false, numeric };
    case 'date':
      return { text: formatPartialDate(String(value), locale), missing: false, numeric };
    case 'state': {
      const key = STATE_KEYS[String(value) as keyof typeof STATE_KEYS];
      // A number is a reported count: the service was offered to that many persons.
      return key
        ? { text: t(locale, key), missing: value === 'unknown', numeric: false }
        : { text: formatNumber(Number(value), locale), missing: false, numeric: true };
    }
    default:
      return { text: String(value), missing: false, numeric };
  }
}
