/**
 * A figure with how sure it is, as a reader sees it — the one place that writes "more than",
 * "up to" and "about" around a number, so a lower bound never reads as a plain number in a
 * table, a chart label, a `<Value>` or a sentence:
 *
 *   at_least       ka "500 000 ₾-ზე მეტი"   en "more than GEL 500,000"
 *   at_most        ka "100-მდე"             en "up to 100"
 *   approximately  ka "დაახლოებით 80"        en "about 80"
 *   exact          ka "590 000 ₾"           en "GEL 590,000"
 *
 * Codes are those of src/schemas/certainty.ts; the older `figure_qualifier` of milestones.csv
 * (`up_to`, `about`) maps onto them.
 */
import { COMPARISONS, STAGES, YEAR_BASES, type Comparison, type Stage } from '../../schemas/certainty.ts';
import type { DisplayKind } from '../../schemas/display.ts';
import { formatDisplay, type FormattedValue, type KaCase } from './format.ts';
import type { Locale } from './locales.ts';

/** A comparison code of any dataset (certainty.ts, or milestones' older qualifier). */
export function comparisonOf(code: unknown): Comparison | null {
  switch (code) {
    case 'exact':
    case 'at_least':
    case 'at_most':
    case 'approximately':
      return code;
    case 'up_to':
      return 'at_most';
    case 'about':
      return 'approximately';
    default:
      return null;
  }
}

/** Wraps an already formatted number in the words of its comparison. */
export function qualify(text: string, comparison: Comparison | null, locale: Locale): string {
  switch (comparison) {
    case 'at_least':
      return locale === 'ka' ? `${text}-ზე მეტი` : `more than ${text}`;
    case 'at_most':
      return locale === 'ka' ? `${text}-მდე` : `up to ${text}`;
    case 'approximately':
      return locale === 'ka' ? `დაახლოებით ${text}` : `about ${text}`;
    default:
      return text;
  }
}

/**
 * `formatDisplay` with the figure's comparison: an empty value is "not reported" whatever its
 * qualifier; an exact or unqualified value reads as `formatDisplay` gives it.
 */
export function formatQualified(value: unknown, kind: DisplayKind, comparison: unknown, locale: Locale, c?: KaCase): FormattedValue {
  // A Georgian case declines an exact figure only: a qualified one ("-ზე მეტი", "-მდე") keeps its own ending.
  const qualified = comparisonOf(comparison);
  const f = formatDisplay(value, kind, locale, qualified === null || qualified === 'exact' ? c : undefined);
  if (f.missing) return f;
  return { ...f, text: qualify(f.text, qualified, locale) };
}

/** The words of a comparison code ("more than (a lower bound)"), for tables and keys. */
export function comparisonWords(code: unknown, locale: Locale): string | null {
  const c = comparisonOf(code);
  const o = COMPARISONS.find((x) => x.value === c);
  return o ? o.label[locale] : null;
}

export function stageWords(code: Stage | null | undefined, locale: Locale): string | null {
  return STAGES.find((x) => x.value === code)?.label[locale] ?? null;
}

/**
 * How sure a figure is, in words, for a table cell or a text alternative:
 * en "more than (a lower bound); allocated (money); year inferred: <reason>".
 */
export function certaintyText(
  q: { comparison?: unknown; stage?: Stage | null; yearBasis?: string | null; reason?: { ka: string | null; en: string | null } },
  locale: Locale,
): string {
  const parts: string[] = [];
  const c = comparisonWords(q.comparison, locale);
  if (c) parts.push(c);
  const s = stageWords(q.stage, locale);
  if (s) parts.push(s);
  if (q.yearBasis === 'inferred') {
    const label = YEAR_BASES.find((x) => x.value === 'inferred')!.label;
    const reason = q.reason?.[locale];
    parts.push(reason ? `${locale === 'ka' ? 'წელი დადგენილია ირიბად' : 'year inferred'}: ${reason}` : label[locale]);
  }
  return parts.join('; ');
}
