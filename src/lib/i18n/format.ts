/**
 * Numbers, money, shares and dates for display, in either locale. Built on `Intl` only;
 * every formatter is created once per locale and options and then reused.
 *
 * Output is what ICU (Node 24) gives, not hand-written: e.g. Georgian groups thousands with
 * a no-break space (U+00A0) and, per CLDR, does not group four-digit numbers ("1234",
 * "590 000"). Use these strings as they are; don't replace their spaces.
 *
 * An empty value is never shown as 0: `formatValue` shows `notReported(locale)` for `null`.
 * A non-finite number (NaN, Infinity) is a bug upstream, so every formatter throws on one.
 */
import { readPartialDate, type DatePrecision, type PartialDate } from '../../schemas/partial-date.ts';
import { isNumericDisplay, type DisplayKind } from '../../schemas/display.ts';
import { intlLocale, type Locale } from './locales.ts';
// The common strings only, not every page's: the update desk's narrative preview formats values in the browser.
import { en } from './strings/en.ts';
import { ka } from './strings/ka.ts';
import { declineNoun, formatKaDate, formatKaDateRange, type KaCase, type KaRangeForm } from './date-ka.ts';

export type { KaCase, KaRangeForm };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${locale}:${name}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `d:${locale}:${precision}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...dateOptions[precision], timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

function assertFinite(n: number, fn: string): void {
  if (!Number.isFinite(n)) throw new RangeError(`${fn}: expected a finite number, found ${String(n)}`);
}

/**
 * Money in lari. Georgian shows the lari sign after the amount ("590 000 ₾"); English shows
 * the ISO code before it ("GEL 590,000"): the code needs no explaining to English readers
 * and needs no ₾ glyph in their fonts. Whole amounts have no decimals; others have two.
 */
function gelOptions(locale: Locale, signed: boolean): Intl.NumberFormatOptions {
  return {
    style: 'currency',
    currency: 'GEL',
    currencyDisplay: locale === 'ka' ? 'symbol' : 'code',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    trailingZeroDisplay: 'stripIfInteger',
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  };
}

/** A count or other plain number with the locale's grouping: ka "590 000", en "590,000". */
export function formatNumber(n: number, locale: Locale): string {
  assertFinite(n, 'formatNumber');
  return numberFormat(locale, 'number', {}).format(n);
}

/** An amount in lari: ka "590 000 ₾", en "GEL 590,000"; "1234,50 ₾" / "GEL 1,234.50". */
export function formatGel(n: number, locale: Locale): string {
  assertFinite(n, 'formatGel');
  return numberFormat(locale, 'gel', gelOptions(locale, false)).format(n);
}

/** A share (0–1) as a percentage with `digits` decimals: 0.593 → ka "59,3%", en "59.3%". */
export function formatPercent(share: number, locale: Locale, digits = 1): string {
  assertFinite(share, 'formatPercent');
  return numberFormat(locale, `percent:${digits}`, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A change, with its sign: "+60,000", "-60,000", "0" (ka "+60 000"). For derived figures. */
export function formatSignedNumber(n: number, locale: Locale): string {
  assertFinite(n, 'formatSignedNumber');
  return numberFormat(locale, 'signed', { signDisplay: 'exceptZero' }).format(n);
}

/** A change in lari, with its sign: ka "+60 000 ₾", en "+GEL 60,000". For derived figures. */
export function formatSignedGel(n: number, locale: Locale): string {
  assertFinite(n, 'formatSignedGel');
  return numberFormat(locale, 'signedGel', gelOptions(locale, true)).format(n);
}

/** The label for a value the sources do not report: ka "მონაცემი არ არის", en "not reported". */
export function notReported(locale: Locale): string {
  return { ka, en }[locale]['value.notReported'];
}

/** What kind of number `formatValue` is showing. */
/** A value as a reader sees it: its text, whether it is missing, whether it is a number. */
export interface FormattedValue {
  text: string;
  /** The value is empty: `text` is the not-reported label. */
  missing: boolean;
  numeric: boolean;
}

/**
 * The one formatter of values from the data, by their display kind (declared in the schemas,
 * src/schemas/display.ts): tables, chart labels, `<Value>` and sentences all use it. An empty
 * value (`null`, `undefined`, '' or an empty list) reads "not reported", never 0. Codes are
 * shown as given: their words come from the column's options (src/schemas/options.ts).
 *
 * `c` is the Georgian case a sentence needs (src/lib/i18n/date-ka.ts): a date takes it
 * ("2017 წლის 3 თებერვალს"), and an amount in lari is written with the word, declined, as
 * Georgian prose writes money ("590 000 ლარი", "590 000 ლარს"); tables pass no case and keep
 * "590 000 ₾". English ignores it.
 */
export function formatDisplay(value: unknown, kind: DisplayKind, locale: Locale, c?: KaCase): FormattedValue {
  const numeric = isNumericDisplay(kind);
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return { text: notReported(locale), missing: true, numeric };
  }
  const text = (() => {
    switch (kind) {
      case 'money':
        if (locale === 'ka' && c) {
          assertFinite(Number(value), 'formatDisplay');
          return `${numberFormat(locale, 'gelWord', { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(Number(value))} ${declineNoun('ლარი', c)}`;
        }
        return formatGel(Number(value), locale);
      case 'signedMoney':
        return formatSignedGel(Number(value), locale);
      case 'count':
        return formatNumber(Number(value), locale);
      case 'share':
        return formatPercent(Number(value), locale);
      case 'date':
        return formatPartialDate(String(value), locale, c);
      case 'list':
        return Array.isArray(value) ? value.join(', ') : String(value);
      case 'number':
      case 'year':
      case 'text':
      case 'code':
      case 'boolean':
        return String(value);
    }
  })();
  return { text, missing: false, numeric };
}

/** A number from the data in `kind`, or the not-reported label when it is empty. */
export function formatValue(value: number | null | undefined, kind: DisplayKind, locale: Locale): string {
  return formatDisplay(value, kind, locale).text;
}

// ─── Dates ────────────────────────────────────────────────────────────────────────────

export type { DatePrecision, PartialDate };

/**
 * Parses 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as a UTC date (so no time zone moves it to the
 * day before). Throws on anything else, including dates that do not exist ('2018-02-30'):
 * the validator lets no such cell through, so one here is a programming error.
 */
export function parsePartialDate(value: string): PartialDate {
  const parsed = readPartialDate(value);
  if (!parsed) throw new RangeError(`parsePartialDate: expected 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', found '${value}'`);
  return parsed;
}

const dateOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * A date from the data, as precise as the data is:
 * '2017-04-20' → en "20 April 2017", ka "2017 წლის 20 აპრილი";
 * '2018-06' → en "June 2018", ka "2018 წლის ივნისი"; '2015' → en "2015", ka "2015 წელი".
 * Georgian follows the official pattern (src/lib/i18n/date-ka.ts) and takes the case a
 * sentence needs: `formatPartialDate('2017-02-03', 'ka', 'dat')` → "2017 წლის 3 თებერვალს".
 * English ignores `c`.
 */
export function formatPartialDate(value: string, locale: Locale, c: KaCase = 'nom'): string {
  const parsed = parsePartialDate(value);
  if (locale === 'ka') return formatKaDate(parsed, c);
  return dateFormat(locale, parsed.precision).format(parsed.date);
}

/**
 * A span of dates, with what they share written once:
 * ('2018-06-11', '2018-06-15') → en "11 – 15 June 2018" (`Intl.DateTimeFormat#formatRange`,
 * thin spaces around the dash, as ICU gives it), ka "2018 წლის 11–15 ივნისი". Equal ends
 * give one date. English ends of different precision are each written in full, joined by
 * " – ". Georgian `form: 'span'` writes "from … to" for a sentence: "2017 წლის 20 აპრილიდან
 * 2018 წლის 20 თებერვლამდე" (date-ka.ts).
 */
export function formatDateRange(start: string, end: string, locale: Locale, form: KaRangeForm = 'nom'): string {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (b.date < a.date) {
    throw new RangeError(`formatDateRange: end '${end}' is before start '${start}'`);
  }
  if (locale === 'ka') return formatKaDateRange(a, b, form);
  if (a.precision !== b.precision) {
    return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  }
  const parts = dateFormat(locale, a.precision).formatRangeToParts(a.date, b.date);
  return parts.map((p) => p.value).join('');
}

/** "a, b and c" — items (or years) joined the locale's own way. */
export function formatList(items: readonly (string | number)[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items.map(String));
}

/** The "derived" mark as it runs in a sentence: "(derived)", lower case. */
export function derivedWord(locale: Locale): string {
  return { ka, en }[locale]['figure.derived'].toLocaleLowerCase(intlLocale(locale));
}
