/**
 * UI strings: `t(locale, key)` and the completeness check.
 *
 * Add a string: add the key to `ka.ts` (the reference), then to `en.ts` (`tsc` reports it
 * until you do). Add a language: see `../locales.ts`.
 */
import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import { ka, type StringKey } from './ka.ts';

export type { StringKey } from './ka.ts';

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
