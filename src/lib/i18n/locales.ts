/**
 * The site's languages and the few facts about each that the rest of the site needs.
 *
 * Georgian is the default locale and is served at `/`; English is served under `/en/`
 * (see `urls.ts`). To add a language: add its code here, give it an entry in
 * `htmlLang` / `intlLocale`, add `strings/<code>.ts` typed by the Georgian keys, and extend
 * `Bilingual` (the compiler then lists every place that needs the new language).
 */

/** Every locale the site is published in, default first. */
export const locales = ['ka', 'en'] as const;

/** A locale code the site is published in. */
export type Locale = (typeof locales)[number];

/** The locale served at the site root (no path prefix). */
export const defaultLocale = 'ka' satisfies Locale;

/** Whether `value` is one of the site's locale codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The value for `<html lang>` and `hreflang` (BCP 47 language tag). */
export function htmlLang(locale: Locale): 'ka' | 'en' {
  return locale;
}

/**
 * The tag handed to `Intl` for numbers and dates.
 *
 * English uses `en-GB`, not `en` (which ICU resolves to US English): British English writes
 * dates day-first ("20 April 2017", "11–15 June 2018"), as Georgian and the source reports
 * do, so both language versions put day, month and year in the same order. Numbers come
 * out the same in `en-GB` and `en` ("590,000", "59.3%").
 */
export function intlLocale(locale: Locale): 'ka-GE' | 'en-GB' {
  return locale === 'ka' ? 'ka-GE' : 'en-GB';
}

/** A text given in both languages (declared with the schemas, which are the bottom layer). */
import type { Bilingual } from '../../schemas/columns.ts';
export type { Bilingual };

/** The text of `b` in `locale`. */
export function pick(b: Bilingual, locale: Locale): string {
  return b[locale];
}

/** A pair of texts, or null unless both languages are given (a note in one language only is not shown). */
export function pair(ka: string | null, en: string | null): Bilingual | null {
  return ka && en ? { ka, en } : null;
}
