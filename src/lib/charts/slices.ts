/**
 * Every chart's data slice, built from the validated tables. Pages, tables and the per-chart
 * downloads (/charts/<id>.csv, .json) all read these, so a chart never shows a figure its
 * table and download do not.
 */
import type { Tables } from '../data/load.ts';
import { budgetChanges, budgetSeries } from '../views/budget.ts';
import { breakdownFor, latestCountedYear, serviceMatrix } from '../views/services.ts';
import { mobilityCentres } from '../../schemas/mobility_centres.ts';
import { uniqueSources, type ChartSlice, type SliceRow } from './slice.ts';

const YEAR = { key: 'year', label: { en: 'Year', ka: 'წელი' }, kind: 'year' } as const;

export function budgetSlice(t: Tables): ChartSlice {
  const series = budgetSeries(t);
  return {
    id: 'budget-by-year',
    title: { en: 'Budget by year', ka: 'ბიუჯეტი წლების მიხედვით' },
    columns: [YEAR, { key: 'budget_gel', label: { en: 'Budget (GEL)', ka: 'ბიუჯეტი (ლარი)' }, kind: 'gel' }],
    rows: series.map((p) => ({ year: p.year, budget_gel: p.budget })),
    sources: uniqueSources(series.flatMap((p) => p.sourceIds.map((sourceId, i) => ({ sourceId, ref: i === 0 ? p.sourceRef : null })))),
  };
}

export function budgetChangeSlice(t: Tables): ChartSlice {
  const changes = budgetChanges(budgetSeries(t));
  return {
    id: 'budget-change',
    title: { en: 'Change in budget from the year before', ka: 'ბიუჯეტის ცვლილება წინა წელთან შედარებით' },
    columns: [
      YEAR,
      { key: 'previous_year', label: { en: 'Compared with', ka: 'შედარებულია' }, kind: 'year' },
      { key: 'change_gel', label: { en: 'Change (GEL)', ka: 'ცვლილება (ლარი)' }, kind: 'signedGel', derived: true },
      { key: 'change_share', label: { en: 'Change (%)', ka: 'ცვლილება (%)' }, kind: 'share', derived: true },
    ],
    rows: changes.map((c) => ({ year: c.year, previous_year: c.previousYear, change_gel: c.change?.absolute ?? null, change_share: c.change?.relative ?? null })),
    sources: budgetSlice(t).sources,
  };
}

function serviceName(t: Tables, id: string): SliceRow {
  const s = t.services.find((x) => x.service_id === id);
  return { service_id: id, service_ka: s?.name_ka ?? id, service_en: s?.name_en ?? id };
}

/** Beneficiaries by service in the latest year with counts (2017 in the current data). */
export function breakdownSlice(t: Tables, year = latestCountedYear(t)): ChartSlice | null {
  if (year === null) return null;
  const b = breakdownFor(t, year);
  if (!b) return null;
  return {
    id: `beneficiaries-${year}`,
    title: { en: `Beneficiaries by service, ${year}`, ka: `ბენეფიციარები სერვისების მიხედვით, ${year}` },
    columns: [
      { key: 'service_id', label: { en: 'Service ID', ka: 'სერვისის ID' }, kind: 'text' },
      { key: 'service', label: { en: 'Service', ka: 'სერვისი' }, kind: 'localized' },
      { key: 'persons', label: { en: 'Beneficiaries', ka: 'ბენეფიციარები' }, kind: 'count' },
      { key: 'share', label: { en: 'Share of persons served', ka: 'წილი მომსახურებულ პირებში' }, kind: 'share', derived: true },
    ],
    rows: b.items.map((i) => ({ ...serviceName(t, i.serviceId), persons: i.persons, share: i.share })),
    sources: uniqueSources(b.items.map((i) => ({ sourceId: i.sourceId, ref: i.sourceRef }))),
  };
}

/** The year × service matrix: for each service and year, offered with a count, offered, not offered or unknown. */
export function matrixSlice(t: Tables): ChartSlice {
  const m = serviceMatrix(t);
  return {
    id: 'services-by-year',
    title: { en: 'Services offered each year', ka: 'შეთავაზებული სერვისები წლების მიხედვით' },
    columns: [
      { key: 'service_id', label: { en: 'Service ID', ka: 'სერვისის ID' }, kind: 'text' },
      { key: 'service', label: { en: 'Service', ka: 'სერვისი' }, kind: 'localized' },
      ...m.years.map((y) => ({ key: `y${y}`, label: { en: String(y), ka: String(y) }, kind: 'state' as const })),
    ],
    rows: m.serviceIds.map((s) => ({
      ...serviceName(t, s),
      ...Object.fromEntries(m.years.map((y) => {
        const c = m.cells[s]![y]!;
        return [`y${y}`, c.state === 'counted' ? String(c.persons) : c.state];
      })),
    })),
    sources: uniqueSources(t.beneficiaries.map((b) => ({ sourceId: b.source_id, ref: b.source_ref }))),
  };
}

export function iomSlices(t: Tables): ChartSlice[] {
  return t.iom_projects.map((p) => {
    const rows = t.iom_assistance.filter((a) => a.project_id === p.project_id);
    return {
      id: p.project_id,
      title: { en: p.name_en, ka: p.name_ka },
      columns: [
        { key: 'category', label: { en: 'Kind of help', ka: 'დახმარების სახე' }, kind: 'text' },
        { key: 'count', label: { en: 'Count', ka: 'რაოდენობა' }, kind: 'count' },
        { key: 'unit', label: { en: 'Unit', ka: 'ერთეული' }, kind: 'text' },
      ],
      rows: rows.map((a) => ({ category: a.category, count: a.count, unit: a.unit })),
      sources: uniqueSources([{ sourceId: p.source_id, ref: p.source_ref }, ...rows.map((a) => ({ sourceId: a.source_id, ref: a.source_ref }))]),
    };
  });
}

export function centresSlice(t: Tables): ChartSlice {
  return {
    id: 'mobility-centres',
    title: { en: 'Mobility centres', ka: 'მობილურობის ცენტრები' },
    columns: [
      { key: 'centre_id', label: { en: 'Centre ID', ka: 'ცენტრის ID' }, kind: 'text' },
      { key: 'city', label: { en: 'City', ka: 'ქალაქი' }, kind: 'localized' },
      { key: 'region', label: { en: 'Region', ka: 'რეგიონი' }, kind: 'localized' },
      { key: 'address', label: { en: 'Address', ka: 'მისამართი' }, kind: 'localized' },
      { key: 'latitude', label: { en: 'Latitude', ka: 'განედი' }, kind: 'number' },
      { key: 'longitude', label: { en: 'Longitude', ka: 'გრძედი' }, kind: 'number' },
      { key: 'operator', label: { en: 'Operator', ka: 'განმახორციელებელი' }, kind: 'localized' },
      { key: 'named_in_report', label: { en: 'Named in the report', ka: 'ნახსენებია ანგარიშში' }, kind: 'localized' },
    ],
    rows: t.mobility_centres.map((c) => {
      const operator = mobilityCentres.columns.operator.meta.options!.find((o) => o.value === c.operator)!.label;
      const named = mobilityCentres.columns.named_in_report.meta.options!.find((o) => o.value === c.named_in_report)!.label;
      return {
        centre_id: c.centre_id, city_ka: c.city_ka, city_en: c.city_en, region_ka: c.region_ka, region_en: c.region_en,
        address_ka: c.address_ka, address_en: c.address_en, latitude: c.latitude, longitude: c.longitude,
        operator_ka: operator.ka, operator_en: operator.en, named_in_report_ka: named.ka, named_in_report_en: named.en,
      };
    }),
    sources: uniqueSources(t.mobility_centres.flatMap((c) => [
      { sourceId: c.source_id, ref: c.source_ref },
      ...c.other_source_ids.map((sourceId) => ({ sourceId, ref: null })),
      { sourceId: c.address_source_id, ref: null },
      { sourceId: c.coordinates_source_id, ref: null },
    ])),
  };
}

/** The breakdown of every year that reports counts by service (each year page draws its own). */
export function breakdownSlices(t: Tables): ChartSlice[] {
  const years = [...new Set(t.beneficiaries.filter((b) => b.persons !== null).map((b) => b.year))].sort((a, b) => a - b);
  return years.map((y) => breakdownSlice(t, y)).filter((s): s is ChartSlice => s !== null);
}

/** Every chart slice on the site, for the download endpoints. */
export function allSlices(t: Tables): ChartSlice[] {
  return [budgetSlice(t), budgetChangeSlice(t), ...breakdownSlices(t), matrixSlice(t), ...iomSlices(t), centresSlice(t)].filter(
    (s): s is ChartSlice => s !== null,
  );
}
