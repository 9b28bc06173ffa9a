/**
 * The mobility centres page: the centres with their provenance, the map's points and text
 * alternative, and the program's history since the EU-funded project that set the centres up.
 */
import type { Tables } from '../data/load.ts';
import type { Row } from '../../schemas/index.ts';
import { mobilityCentres } from '../../schemas/mobility_centres.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import type { SourceRef } from '../charts/slice.ts';
import { MAP_LABEL_ASCENT, MAP_LABEL_DESCENT, layoutMap, type MapLayout, type MapPointInput } from '../charts/map/layout.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';
import { tf } from '../i18n/strings/index.ts';
import { chronological } from './milestones.ts';

/** Widths the map is laid out at: a phone-sized one and a wide one (CSS shows one of them). */
export const MAP_WIDTHS = { narrow: 320, wide: 640 } as const;

/** Milestone kinds that tell the centres' and the program's institutional history. */
export const HISTORY_KINDS: readonly Row<'milestones'>['kind'][] = ['project', 'handover', 'administration'];

export interface CentreView {
  id: string;
  city: Bilingual;
  region: Bilingual;
  /** null: not reported. */
  address: Bilingual | null;
  operator: Bilingual;
  namedInReport: boolean;
  note: Bilingual | null;
  /** Sources that name the centre: its main source first. */
  refs: SourceRef[];
  addressRefs: SourceRef[];
  coordinateRefs: SourceRef[];
}

const operatorLabel = (value: Row<'mobility_centres'>['operator']): Bilingual =>
  mobilityCentres.columns.operator.meta.options!.find((o) => o.value === value)!.label;

const pair = (ka: string | null, en: string | null): Bilingual | null => (ka && en ? { ka, en } : null);

/** The centres, those the report names first, each group in file order. */
export function centreViews(t: Pick<Tables, 'mobility_centres'>): CentreView[] {
  const views = t.mobility_centres.map((c) => ({
    id: c.centre_id,
    city: { ka: c.city_ka, en: c.city_en },
    region: { ka: c.region_ka, en: c.region_en },
    address: pair(c.address_ka, c.address_en),
    operator: operatorLabel(c.operator),
    namedInReport: c.named_in_report === 'yes',
    note: pair(c.note_ka, c.note_en),
    refs: [{ sourceId: c.source_id, ref: c.source_ref }, ...c.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))],
    addressRefs: [{ sourceId: c.address_source_id, ref: null }],
    coordinateRefs: [{ sourceId: c.coordinates_source_id, ref: null }],
  }));
  return [...views.filter((v) => v.namedInReport), ...views.filter((v) => !v.namedInReport)];
}

/** "a, b and c" in the locale's own way. */
export function listText(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

function sourceTitle(t: Pick<Tables, 'sources'>, id: string, locale: Locale): string {
  const s = t.sources.find((x) => x.source_id === id);
  if (!s) throw new Error(`Unknown source ${id}`);
  return locale === 'ka' ? s.title_ka : s.title_en;
}

/**
 * One sentence on which sources name which centres: "The report names the centres in
 * Kutaisi, Batumi and Telavi; Tbilisi is listed by “IOM Georgia: migrant assistance”."
 */
export function centresTakeaway(t: Pick<Tables, 'mobility_centres' | 'sources'>, locale: Locale): string {
  const views = centreViews(t);
  const named = views.filter((v) => v.namedInReport).map((v) => v.city[locale]);
  const others = views.filter((v) => !v.namedInReport);
  const first = named.length ? tf(locale, 'centres.takeawayNamed', { cities: listText(named, locale) }) : tf(locale, 'centres.takeawayNoneNamed', {});
  if (!others.length) return first;
  const bySource = new Map<string, string[]>();
  for (const o of others) {
    const sid = o.refs[0]!.sourceId;
    bySource.set(sid, [...(bySource.get(sid) ?? []), o.city[locale]]);
  }
  const rest = [...bySource].map(([sid, cities]) => tf(locale, 'centres.takeawayOthers', { cities: listText(cities, locale), source: sourceTitle(t, sid, locale) }));
  return [first, ...rest].join(' ');
}

/** The map's points, labelled with the city in `locale`. */
export function centrePoints(t: Pick<Tables, 'mobility_centres'>, locale: Locale): MapPointInput[] {
  // Latitude and longitude are required by the schema; the type of a decimal column still allows null.
  return t.mobility_centres.flatMap((c) =>
    c.latitude === null || c.longitude === null ? [] : [{ id: c.centre_id, label: locale === 'ka' ? c.city_ka : c.city_en, latitude: c.latitude, longitude: c.longitude }],
  );
}

/**
 * Average advance of one label character at the map's 13 px, weight 600, as Chromium draws
 * Noto Sans Georgian (measured on the built page): Georgian letters are wider than the
 * 7 px the map layout assumes (ქუთაისი 8.4, თელავი 9.4 a letter), Latin ones up to 8.7
 * (Batumi). Used only to keep the frame around every label; rounded up on purpose.
 */
export const LABEL_ADVANCE = { georgian: 9.6, other: 8.8 } as const;

const GEORGIAN = /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/u;

/** Estimated drawn width of a map label. */
export function labelWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (GEORGIAN.test(ch) ? LABEL_ADVANCE.georgian : LABEL_ADVANCE.other), 0);
}

/** The label's box as drawn (wider than the layout's estimate for Georgian). */
export function drawnLabelBox(p: MapLayout['points'][number]): { x0: number; y0: number; x1: number; y1: number } {
  const w = labelWidth(p.label);
  const x0 = p.anchor === 'start' ? p.labelX : p.anchor === 'end' ? p.labelX - w : p.labelX - w / 2;
  return { x0, y0: p.labelY - MAP_LABEL_ASCENT - 2, x1: x0 + w, y1: p.labelY + MAP_LABEL_DESCENT + 2 };
}

/** The drawing's frame: the layout's, grown where a drawn label would cross its edge. */
export interface MapFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  viewBox: string;
}

export function mapFrame(layout: MapLayout): MapFrame {
  const boxes = layout.points.map(drawnLabelBox);
  const x0 = Math.floor(Math.min(0, ...boxes.map((b) => b.x0)));
  const y0 = Math.floor(Math.min(0, ...boxes.map((b) => b.y0)));
  const x1 = Math.ceil(Math.max(layout.width, ...boxes.map((b) => b.x1)));
  const y1 = Math.ceil(Math.max(layout.height, ...boxes.map((b) => b.y1)));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0, viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}` };
}

export interface CentresMap {
  narrow: MapLayout;
  wide: MapLayout;
  /** Frames that hold every label as drawn (see `mapFrame`). */
  frames: { narrow: MapFrame; wide: MapFrame };
  /** Point ids the report names (drawn filled); the others are drawn as rings. */
  namedInReport: string[];
  /** Text alternative naming every city. */
  description: string;
}

export function centresMap(t: Pick<Tables, 'mobility_centres' | 'sources'>, locale: Locale): CentresMap {
  const points = centrePoints(t, locale);
  const views = centreViews(t);
  const named = views.filter((v) => v.namedInReport);
  const others = views.filter((v) => !v.namedInReport);
  const description = [
    tf(locale, 'centres.mapDescription', { cities: listText(views.map((v) => v.city[locale]), locale) }),
    named.length ? tf(locale, 'centres.mapFilled', { cities: listText(named.map((v) => v.city[locale]), locale) }) : '',
    others.length ? tf(locale, 'centres.mapRing', { cities: listText(others.map((v) => v.city[locale]), locale) }) : '',
  ].filter(Boolean).join(' ');
  const narrow = layoutMap({ width: MAP_WIDTHS.narrow, points });
  const wide = layoutMap({ width: MAP_WIDTHS.wide, points });
  return {
    narrow,
    wide,
    frames: { narrow: mapFrame(narrow), wide: mapFrame(wide) },
    namedInReport: named.map((v) => v.id),
    description,
  };
}

/** The program's institutional history: the project, the handover, the administering bodies. */
export function programHistory(t: Pick<Tables, 'milestones'>): Row<'milestones'>[] {
  return chronological(t.milestones.filter((m) => HISTORY_KINDS.includes(m.kind)));
}
