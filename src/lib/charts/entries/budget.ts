/** The budget by year (bars) and its change from year to year (a table of derived figures). */
import type { Tables } from '../../validation/load.ts';
import { budgetChanges, budgetSeries } from '../../domain/budget.ts';
import { uniqueSources } from '../../domain/provenance.ts';
import { formatQualified, certaintyText } from '../../i18n/qualified.ts';
import { t, tf } from '../../i18n/strings/index.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { chartEntry, type BarEntry, type TableEntry } from '../entry.ts';
import { derivedNotes, missingNotes, YEAR_COLUMN } from './notes.ts';

function budgetSlice(t: Tables): ChartSlice {
  const series = budgetSeries(t);
  return {
    id: 'budget-by-year',
    title: { en: 'Budget by year', ka: 'ბიუჯეტი წლების მიხედვით' },
    columns: [
      YEAR_COLUMN,
      { key: 'budget_gel', label: { en: 'Budget (GEL)', ka: 'ბიუჯეტი (ლარი)' }, kind: 'money', comparisonKey: 'budget_comparison' },
      { key: 'budget_comparison', label: { en: 'Budget: how exact (code)', ka: 'ბიუჯეტი: სიზუსტე (კოდი)' }, kind: 'code' },
      { key: 'year_basis', label: { en: 'Year is (code)', ka: 'წელი (კოდი)' }, kind: 'code' },
      { key: 'certainty', label: { en: 'How sure', ka: 'რამდენად სანდოა' }, kind: 'localized' },
    ],
    rows: series.map((p) => ({
      year: p.year,
      budget_gel: p.budget,
      budget_comparison: p.comparison,
      year_basis: p.budget === null ? null : p.yearBasis,
      certainty_ka: p.budget === null ? null : certaintyText({ comparison: p.comparison, stage: p.stage, yearBasis: p.yearBasis, reason: p.yearBasisReason }, 'ka'),
      certainty_en: p.budget === null ? null : certaintyText({ comparison: p.comparison, stage: p.stage, yearBasis: p.yearBasis, reason: p.yearBasisReason }, 'en'),
    })),
    sources: uniqueSources(series.flatMap((p) => p.sourceIds.map((sourceId, i) => ({ sourceId, ref: i === 0 ? p.sourceRef : null })))),
    provenance: series.map((p) => ({ year: p.year, sources: p.sourceIds.map((sourceId, i) => ({ sourceId, ref: i === 0 ? p.sourceRef : null })) })),
  };
}

export function budgetChart(tables: Tables): BarEntry {
  const slice = budgetSlice(tables);
  const known = budgetSeries(tables).filter((p) => p.budget !== null);
  const first = known[0];
  const last = known.at(-1);
  return chartEntry<BarEntry>(slice, {
    kind: 'bars',
    page: '/budget/',
    spec: { label: 'year', value: 'budget_gel', comparison: 'budget_comparison' },
    table: { hide: ['budget_comparison', 'year_basis'] },
    takeaway: (locale) => {
      if (!first || !last) return '';
      const year = (p: typeof first) => (p.yearBasis === 'inferred' ? `${p.year} (${t(locale, 'certainty.yearInferred')})` : p.year);
      const value = (p: typeof first) => formatQualified(p.budget, 'money', p.comparison, locale).text;
      return tf(locale, 'home.budgetTakeaway', { from: year(first), to: year(last), fromValue: value(first), toValue: value(last) });
    },
    notes: (locale) => [
      ...missingNotes(slice, 'budget_gel', locale),
      ...(known.some((p) => p.comparison === 'at_least') ? [t(locale, 'certainty.lowerBoundKey')] : []),
      ...(known.some((p) => p.yearBasis === 'inferred') ? [t(locale, 'certainty.inferredKey')] : []),
    ],
  });
}

export function budgetChangeChart(tables: Tables): TableEntry {
  const changes = budgetChanges(budgetSeries(tables));
  const slice: ChartSlice = {
    id: 'budget-change',
    title: { en: 'Change in budget from the year before', ka: 'ბიუჯეტის ცვლილება წინა წელთან შედარებით' },
    columns: [
      YEAR_COLUMN,
      { key: 'previous_year', label: { en: 'Compared with', ka: 'შედარებულია' }, kind: 'year' },
      { key: 'change_gel', label: { en: 'Change (GEL)', ka: 'ცვლილება (ლარი)' }, kind: 'signedMoney', derived: 'change' },
      { key: 'change_share', label: { en: 'Change (%)', ka: 'ცვლილება (%)' }, kind: 'share', derived: 'change' },
    ],
    rows: changes.map((c) => ({ year: c.year, previous_year: c.previousYear, change_gel: c.change?.absolute ?? null, change_share: c.change?.relative ?? null })),
    sources: budgetSlice(tables).sources,
  };
  return chartEntry<TableEntry>(slice, {
    kind: 'table',
    page: '/budget/',
    table: { hide: [] },
    takeaway: (locale) => t(locale, 'budget.changeTakeaway'),
    notes: (locale) => derivedNotes(slice, locale),
  });
}

