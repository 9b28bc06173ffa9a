/**
 * UI strings: `t(locale, key)` and the completeness check.
 *
 * Add a string: add the key to `ka.ts` (the reference), then to `en.ts` (`tsc` reports it
 * until you do); a page's own strings live in `pages/<page>.ts`, both languages side by side. Add a language: see `../locales.ts`.
 */
import type { Locale } from '../locales.ts';
import { en as enCommon } from './en.ts';
import { ka as kaCommon } from './ka.ts';
import { pageStrings } from './pages/index.ts';

const ka = { ...kaCommon, ...pageStrings.ka };
const en = { ...enCommon, ...pageStrings.en };

/** A UI-string key: the common ones (ka.ts) and each page's (pages/*.ts). */
export type StringKey = keyof typeof ka;

/** All UI strings, by locale. */
export const strings: Record<Locale, Record<StringKey, string>> = { ka, en };

/** The UI string `key` in `locale`. */
export function t(locale: Locale, key: StringKey): string {
  return strings[locale][key];
}

/**
 * Keys that are missing, empty or blank in any locale, or that a locale has but Georgian
 * does not. Empty means the build must fail; a test asserts this returns `[]`.
 */
export function missingKeys(): string[] {
  const reference = Object.keys(ka);
  const problems = new Set<string>();
  for (const table of Object.values(strings)) {
    const values: Record<string, unknown> = table;
    for (const key of reference) {
      const value = values[key];
      if (typeof value !== 'string' || value.trim() === '') problems.add(key);
    }
    for (const key of Object.keys(table)) {
      if (!reference.includes(key)) problems.add(key);
    }
  }
  return [...problems];
}

/** `t` with `{name}` placeholders filled: tf('en', 'home.latest', { year: '2018' }). */
export function tf(locale: Locale, key: StringKey, vars: Record<string, string | number>): string {
  return t(locale, key).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Stops the build when a UI string is missing or empty in any language. */
export function assertStrings(): void {
  const missing = missingKeys();
  if (missing.length) throw new Error(`UI strings missing or empty in a language (src/lib/i18n/strings): ${missing.join(', ')}`);
}
