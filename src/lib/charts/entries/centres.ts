/** The map of mobility centres. */
import type { Tables } from '../../validation/load.ts';
import { centreViews } from '../../domain/centres.ts';
import { rowRef, sourceTitle, uniqueSources } from '../../domain/provenance.ts';
import { formatList } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t, tf } from '../../i18n/strings/index.ts';
import { mobilityCentres } from '../../../schemas/mobility_centres.ts';
import { optionLabel } from '../../../schemas/options.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { chartEntry, type MapEntry } from '../entry.ts';
import { centresMap } from '../map/centres-map.ts';

/**
 * One sentence on which sources name which centres: "The report names the centres in
 * Kutaisi, Batumi and Telavi; Tbilisi is listed by “IOM Georgia: migrant assistance”."
 */
export function centresTakeaway(tables: Pick<Tables, 'mobility_centres' | 'sources'>, locale: Locale): string {
  const views = centreViews(tables);
  const named = views.filter((v) => v.namedInReport).map((v) => v.city[locale]);
  const others = views.filter((v) => !v.namedInReport);
  const first = named.length ? tf(locale, 'centres.takeawayNamed', { cities: formatList(named, locale) }) : tf(locale, 'centres.takeawayNoneNamed', {});
  if (!others.length) return first;
  const bySource = new Map<string, string[]>();
  for (const o of others) {
    const sid = o.refs[0]!.sourceId;
    bySource.set(sid, [...(bySource.get(sid) ?? []), o.city[locale]]);
  }
  const title = (id: string) => sourceTitle(tables.sources, id, locale);
  const rest = [...bySource].map(([sid, cities]) => tf(locale, 'centres.takeawayOthers', { cities: formatList(cities, locale), source: title(sid) }));
  return [first, ...rest].join(' ');
}

export function centresChart(tables: Tables): MapEntry {
  const { columns } = mobilityCentres;
  const slice: ChartSlice = {
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
    rows: tables.mobility_centres.map((c) => {
      const operator = optionLabel(columns.operator, c.operator);
      const named = optionLabel(columns.named_in_report, c.named_in_report);
      return {
        centre_id: c.centre_id, city_ka: c.city_ka, city_en: c.city_en, region_ka: c.region_ka, region_en: c.region_en,
        address_ka: c.address_ka, address_en: c.address_en, latitude: c.latitude, longitude: c.longitude,
        operator_ka: operator.ka, operator_en: operator.en, named_in_report_ka: named.ka, named_in_report_en: named.en,
      };
    }),
    sources: uniqueSources(tables.mobility_centres.flatMap((c) => [
      rowRef(c),
      ...c.other_source_ids.map((sourceId) => ({ sourceId, ref: null })),
      { sourceId: c.address_source_id, ref: null },
      { sourceId: c.coordinates_source_id, ref: null },
    ])),
  };
  return chartEntry<MapEntry>(slice, {
    kind: 'map',
    page: '/mobility-centres/',
    table: { hide: ['centre_id'] },
    map: (locale) => centresMap(tables, locale),
    takeaway: (locale) => centresTakeaway(tables, locale),
    notes: (locale) => [t(locale, 'centres.mapNote'), tf(locale, 'centres.boundaries', { name: 'Natural Earth (world-atlas)' })],
  });
}
