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
  label: string;
  value: string;
  year: number;
  /** "2020 · more than (a lower bound); allocated (money); year inferred: …" */
  note: string;
  refs: SourceRef[];
}

const latestBy = <T extends { year: number }>(rows: readonly T[]): T | undefined => [...rows].sort((a, b) => b.year - a.year)[0];

/** One measure's item: its value, its year, and the note that gives the year and how sure the value is. */
function item(label: string, value: string, year: number, sure: string, refs: SourceRef[]): HeadlineItem {
  return { label, value, year, note: sure ? `${year} · ${sure}` : String(year), refs };
}

export function homeHeadline(t_: Tables, locale: Locale): HeadlineItem[] {
  const out: HeadlineItem[] = [];
  const budget = latestBy(t_.programs.filter((p) => p.budget_gel !== null));
  if (budget) {
    const reason = { ka: budget.year_basis_reason_ka, en: budget.year_basis_reason_en };
    const sure = certaintyText({ comparison: budget.budget_comparison, stage: budget.budget_stage, yearBasis: budget.year_basis, reason }, locale);
    const value = formatQualified(budget.budget_gel, 'money', budget.budget_comparison, locale).text;
    out.push(item(t(locale, 'home.budget'), value, budget.year, sure, programRefs(budget)));
  }
  const persons = latestBy(t_.programs.filter((p) => p.persons_served !== null));
  if (persons) {
    const sure = certaintyText({ comparison: persons.persons_comparison, stage: persons.persons_stage, yearBasis: persons.year_basis }, locale);
    const value = formatQualified(persons.persons_served, 'count', persons.persons_comparison, locale).text;
    out.push(item(t(locale, 'home.personsServed'), value, persons.year, sure, programRefs(persons)));
  }
  for (const stage of ['selected', 'served'] as const) {
    const r = latestBy(t_.grant_results.filter((x) => x.persons_stage === stage && x.place_en === null));
    if (!r) continue;
    const reason = { ka: r.year_basis_reason_ka, en: r.year_basis_reason_en };
    const sure = certaintyText({ comparison: r.persons_comparison, stage: r.persons_stage, yearBasis: r.year_basis, reason }, locale);
    const refs = [{ sourceId: r.source_id, ref: r.source_ref }, ...r.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))];
    out.push(item(`${t(locale, 'later.results')}: ${r[`what_${locale}`]}`, formatQualified(r.persons, 'count', r.persons_comparison, locale).text, r.year, sure, refs));
  }
  const call = [...t_.grant_calls].filter((c) => c.opened !== null).sort((a, b) => b.opened!.localeCompare(a.opened!))[0];
  if (call) out.push(item(t(locale, 'home.latestCall'), formatPartialDate(call.opened!, locale), call.year, '', [{ sourceId: call.source_id, ref: call.source_ref }]));
  return out;
}
