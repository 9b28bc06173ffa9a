/** The budget by year (bars) and its change from year to year (a table of derived figures). */
import type { Tables } from '../../validation/load.ts';
import { budgetChanges, budgetSeries } from '../../domain/budget.ts';
import { uniqueSources } from '../../domain/provenance.ts';
import { formatGel } from '../../i18n/format.ts';
import { t, tf } from '../../i18n/strings/index.ts';
import type { ChartSlice } from '../chart-slice.ts';
import type { BarEntry, TableEntry } from '../entry.ts';
import { derivedNotes, missingNotes, YEAR_COLUMN } from './notes.ts';

function budgetSlice(t: Tables): ChartSlice {
  const series = budgetSeries(t);
  return {
    id: 'budget-by-year',
    title: { en: 'Budget by year', ka: 'ბიუჯეტი წლების მიხედვით' },
    columns: [YEAR_COLUMN, { key: 'budget_gel', label: { en: 'Budget (GEL)', ka: 'ბიუჯეტი (ლარი)' }, kind: 'money' }],
    rows: series.map((p) => ({ year: p.year, budget_gel: p.budget })),
    sources: uniqueSources(series.flatMap((p) => p.sourceIds.map((sourceId, i) => ({ sourceId, ref: i === 0 ? p.sourceRef : null })))),
  };
}

export function budgetChart(tables: Tables): BarEntry {
  const slice = budgetSlice(tables);
  const known = budgetSeries(tables).filter((p) => p.budget !== null);
  const first = known[0];
  const last = known.at(-1);
  return {
    kind: 'bars',
    id: slice.id,
    slice,
    page: '/budget/',
    spec: { label: 'year', value: 'budget_gel' },
    table: { hide: [] },
    takeaway: (locale) =>
      first && last
        ? tf(locale, 'home.budgetTakeaway', { from: first.year, to: last.year, fromValue: formatGel(first.budget!, locale), toValue: formatGel(last.budget!, locale) })
        : '',
    notes: (locale) => [...missingNotes(slice, 'budget_gel', locale)],
  };
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
  return {
    kind: 'table',
    id: slice.id,
    slice,
    page: '/budget/',
    table: { hide: [] },
    takeaway: (locale) => t(locale, 'budget.changeTakeaway'),
    notes: (locale) => derivedNotes(slice, locale),
  };
}

