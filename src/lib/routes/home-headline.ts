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

export function homeHeadline(t_: Tables, locale: Locale): HeadlineItem[] {
  const out: HeadlineItem[] = [];
  const note = (year: number, sure: string) => (sure ? `${year} · ${sure}` : String(year));
  const why = (basis: string | null, r: { ka: string | null; en: string | null }) => (basis === 'inferred' ? r[locale] : null);
  const budget = latestBy(t_.programs.filter((p) => p.budget_gel !== null));
  if (budget) {
    out.push({
      measure: 'budget',
      label: t(locale, 'home.budget'),
      value: formatQualified(budget.budget_gel, 'money', budget.budget_comparison, locale).text,
      year: budget.year,
      note: note(budget.year, certaintyText({ comparison: budget.budget_comparison, stage: budget.budget_stage, yearBasis: budget.year_basis }, locale)),
      reason: why(budget.year_basis, { ka: budget.year_basis_reason_ka, en: budget.year_basis_reason_en }),
      refs: programRefs(budget),
    });
  }
  const persons = latestBy(t_.programs.filter((p) => p.persons_served !== null));
  if (persons) {
    out.push({
      measure: 'persons',
      label: t(locale, 'home.personsServed'),
      value: formatQualified(persons.persons_served, 'count', persons.persons_comparison, locale).text,
      year: persons.year,
      note: note(persons.year, certaintyText({ comparison: persons.persons_comparison, stage: persons.persons_stage, yearBasis: persons.year_basis }, locale)),
      reason: why(persons.year_basis, { ka: persons.year_basis_reason_ka, en: persons.year_basis_reason_en }),
      refs: programRefs(persons),
    });
  }
  for (const stage of ['selected', 'served'] as const) {
    const r = latestBy(t_.grant_results.filter((x) => x.persons_stage === stage && x.place_en === null));
    if (!r) continue;
    out.push({
      measure: stage,
      label: `${t(locale, 'later.results')}: ${r[`what_${locale}`]}`,
      value: formatQualified(r.persons, 'count', r.persons_comparison, locale).text,
      year: r.year,
      note: note(r.year, certaintyText({ comparison: r.persons_comparison, stage: r.persons_stage, yearBasis: r.year_basis }, locale)),
      reason: why(r.year_basis, { ka: r.year_basis_reason_ka, en: r.year_basis_reason_en }),
      refs: [{ sourceId: r.source_id, ref: r.source_ref }, ...r.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))],
    });
  }
  const call = [...t_.grant_calls].filter((c) => c.opened !== null).sort((a, b) => b.opened!.localeCompare(a.opened!))[0];
  if (call) {
    out.push({
      measure: 'call',
      label: t(locale, 'home.latestCall'),
      value: formatPartialDate(call.opened!, locale),
      year: call.year,
      note: String(call.year),
      reason: null,
      refs: [{ sourceId: call.source_id, ref: call.source_ref }],
    });
  }
  return out;
}
