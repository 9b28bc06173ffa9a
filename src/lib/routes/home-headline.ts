/**
 * The home page's headline: the latest known value of each measure, with its year and how
 * sure it is — the budget, persons served, grantees selected and grantees who received their
 * grant, and the latest call. Each measure has its own latest year; the headline says which.
 */
import type { Tables } from '../validation/load.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { certaintyText, formatQualified } from '../i18n/qualified.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { programRefs, type SourceRef } from '../domain/provenance.ts';

export interface HeadlineItem {
  /** Which measure: the first two (budget, persons) are the answer a phone shows first. */
  measure: 'budget' | 'persons' | 'selected' | 'served' | 'call';
  label: string;
  value: string;
  year: number;
  /** "2020 · more than (a lower bound); allocated (money); year inferred" — short, shown with the value. */
  note: string;
  /** Why the year is inferred, when it is: shown with the sources, one tap away. */
  reason: string | null;
  refs: SourceRef[];
}

const latestBy = <T extends { year: number }>(rows: readonly T[]): T | undefined => [...rows].sort((a, b) => b.year - a.year)[0];

/** What a measure's row says of its value: how it compares, its stage, its year's basis and why. */
interface Certainty {
  comparison?: unknown;
  stage?: Parameters<typeof certaintyText>[0]['stage'];
  yearBasis: string | null;
  reason?: { ka: string | null; en: string | null };
}

/**
 * One measure's item: its value, and a short note with its year and how sure the value is;
 * why an inferred year was inferred goes with the sources (one tap away), not in the note.
 */
function item(measure: HeadlineItem['measure'], label: string, value: string, year: number, sure: Certainty | null, refs: SourceRef[], locale: Locale): HeadlineItem {
  const words = sure ? certaintyText({ comparison: sure.comparison, stage: sure.stage, yearBasis: sure.yearBasis }, locale) : '';
  const reason = sure?.yearBasis === 'inferred' ? (sure.reason?.[locale] ?? null) : null;
  return { measure, label, value, year, note: words ? `${year} · ${words}` : String(year), reason, refs };
}

export function homeHeadline(t_: Tables, locale: Locale): HeadlineItem[] {
  const out: HeadlineItem[] = [];
  const budget = latestBy(t_.programs.filter((p) => p.budget_gel !== null));
  if (budget) {
    const sure = { comparison: budget.budget_comparison, stage: budget.budget_stage, yearBasis: budget.year_basis, reason: { ka: budget.year_basis_reason_ka, en: budget.year_basis_reason_en } };
    out.push(item('budget', t(locale, 'home.budget'), formatQualified(budget.budget_gel, 'money', budget.budget_comparison, locale).text, budget.year, sure, programRefs(budget), locale));
  }
  const persons = latestBy(t_.programs.filter((p) => p.persons_served !== null));
  if (persons) {
    const sure = { comparison: persons.persons_comparison, stage: persons.persons_stage, yearBasis: persons.year_basis, reason: { ka: persons.year_basis_reason_ka, en: persons.year_basis_reason_en } };
    out.push(item('persons', t(locale, 'home.personsServed'), formatQualified(persons.persons_served, 'count', persons.persons_comparison, locale).text, persons.year, sure, programRefs(persons), locale));
  }
  for (const stage of ['selected', 'served'] as const) {
    const r = latestBy(t_.grant_results.filter((x) => x.persons_stage === stage && x.place_en === null));
    if (!r) continue;
    const sure = { comparison: r.persons_comparison, stage: r.persons_stage, yearBasis: r.year_basis, reason: { ka: r.year_basis_reason_ka, en: r.year_basis_reason_en } };
    const refs = [{ sourceId: r.source_id, ref: r.source_ref }, ...r.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))];
    out.push(item(stage, `${t(locale, 'later.results')}: ${r[`what_${locale}`]}`, formatQualified(r.persons, 'count', r.persons_comparison, locale).text, r.year, sure, refs, locale));
  }
  const call = [...t_.grant_calls].filter((c) => c.opened !== null).sort((a, b) => b.opened!.localeCompare(a.opened!))[0];
  if (call) out.push(item('call', t(locale, 'home.latestCall'), formatPartialDate(call.opened!, locale), call.year, null, [{ sourceId: call.source_id, ref: call.source_ref }], locale));
  return out;
}
