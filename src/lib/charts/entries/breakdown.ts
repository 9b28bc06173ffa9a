/** Beneficiaries by service, one chart per year that reports counts by service. */
import type { Tables } from '../../validation/load.ts';
import { breakdownFor, latestCountedYear } from '../../domain/breakdown.ts';
import { uniqueSources } from '../../domain/provenance.ts';
import { serviceName } from '../../domain/services.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { tf } from '../../i18n/strings/index.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { chartEntry, type BarEntry } from '../entry.ts';
import { derivedNotes, missingNotes } from './notes.ts';
import { SERVICE_COLUMNS, serviceCells } from './services.ts';

/** The chart's id for a year: `beneficiaries-2017`. */
export const breakdownChartId = (year: number) => `beneficiaries-${year}`;

export function breakdownChart(tables: Tables, year: number): BarEntry | null {
  const b = breakdownFor(tables, year);
  if (!b || !b.items.some((i) => i.persons !== null)) return null;
  const slice: ChartSlice = {
    id: breakdownChartId(year),
    title: { en: `Beneficiaries by service, ${year}`, ka: `ბენეფიციარები სერვისების მიხედვით, ${year}` },
    columns: [
      ...SERVICE_COLUMNS,
      { key: 'persons', label: { en: 'Beneficiaries', ka: 'ბენეფიციარები' }, kind: 'count' },
      { key: 'share', label: { en: 'Share of persons served', ka: 'წილი მომსახურებულ პირებში' }, kind: 'share', derived: 'share' },
    ],
    rows: b.items.map((i) => ({ ...serviceCells(tables, i.serviceId), persons: i.persons, share: i.share })),
    sources: uniqueSources(b.items.map((i) => ({ sourceId: i.sourceId, ref: i.sourceRef }))),
    provenance: b.items.map((i) => ({ year, sources: [{ sourceId: i.sourceId, ref: i.sourceRef }] })),
  };
  const top = b.items[0];
  return chartEntry<BarEntry>(slice, {
    kind: 'bars',
    page: year === latestCountedYear(tables) ? '/beneficiaries/' : `/years/${year}/`,
    spec: { label: 'service', value: 'persons', extra: 'share' },
    table: { hide: ['service_id'] },
    takeaway: (locale) => {
      if (!top || top.persons === null) return '';
      const facts = { year, service: serviceName(tables, top.serviceId)[locale], persons: formatNumber(top.persons, locale) };
      // Shares exist only for an exact breakdown with a total; otherwise say the count alone.
      return top.share !== null && b.personsServed !== null
        ? tf(locale, 'home.breakdownTakeaway', { ...facts, total: formatNumber(b.personsServed, locale), share: formatPercent(top.share, locale) })
        : tf(locale, 'home.breakdownTakeawayNoShare', facts);
    },
    notes: (locale) => [...missingNotes(slice, 'persons', locale), ...derivedNotes(slice, locale)],
  });
}

/** Every year whose breakdown has counts, oldest first. */
export function breakdownCharts(tables: Tables): BarEntry[] {
  const years = [...new Set(tables.beneficiaries.filter((b) => b.persons !== null).map((b) => b.year))].sort((a, b) => a - b);
  return years.map((y) => breakdownChart(tables, y)).filter((c): c is BarEntry => c !== null);
}

