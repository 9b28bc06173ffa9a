/**
 * The map of mobility centres in one language: a narrow and a wide layout (CSS shows the one
 * that fits), frames that hold every label as drawn, which centres are drawn as rings, its
 * legend and its text alternative.
 */
import type { Tables } from '../../validation/load.ts';
import { centreViews } from '../../domain/centres.ts';
import { formatList } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t, tf } from '../../i18n/strings/index.ts';
import { labelBox, layoutMap, type MapLayout, type MapPointInput } from './layout.ts';

/** Widths the map is laid out at: a phone-sized one and a wide one (CSS shows one of them). */
export const MAP_WIDTHS = { narrow: 320, wide: 640 } as const;

/** The map's points, labelled with the city in `locale`. */
export function centrePoints(t: Pick<Tables, 'mobility_centres'>, locale: Locale): MapPointInput[] {
  // Latitude and longitude are required by the schema; the type of a decimal column still allows null.
  return t.mobility_centres.flatMap((c) =>
    c.latitude === null || c.longitude === null ? [] : [{ id: c.centre_id, label: c[`city_${locale}`], latitude: c.latitude, longitude: c.longitude }],
  );
}

/** The drawing's frame: the layout's, grown where a label (with 2 px of room) would cross its edge. */
export interface MapFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  viewBox: string;
}

export function mapFrame(layout: MapLayout): MapFrame {
  const boxes = layout.points.map(labelBox);
  const x0 = Math.floor(Math.min(0, ...boxes.map((b) => b.x0)));
  const y0 = Math.floor(Math.min(0, ...boxes.map((b) => b.y0 - 2)));
  const x1 = Math.ceil(Math.max(layout.width, ...boxes.map((b) => b.x1)));
  const y1 = Math.ceil(Math.max(layout.height, ...boxes.map((b) => b.y1 + 2)));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0, viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}` };
}

export interface LegendItem {
  marker: 'filled' | 'hollow';
  label: string;
}

export interface CentresMap {
  narrow: MapLayout;
  wide: MapLayout;
  /** Frames that hold every label as drawn (see `mapFrame`). */
  frames: { narrow: MapFrame; wide: MapFrame };
  /** Point ids the report does not name: drawn as rings, the others filled. */
  hollow: string[];
  /** The key to filled and hollow markers; empty when every centre is drawn alike. */
  legend: LegendItem[];
  /** Text alternative naming every city. */
  description: string;
}

export function centresMap(tables: Pick<Tables, 'mobility_centres'>, locale: Locale): CentresMap {
  const points = centrePoints(tables, locale);
  const views = centreViews(tables);
  const named = views.filter((v) => v.namedInReport);
  const others = views.filter((v) => !v.namedInReport);
  const description = [
    tf(locale, 'centres.mapDescription', { cities: formatList(views.map((v) => v.city[locale]), locale) }),
    named.length ? tf(locale, 'centres.mapFilled', { cities: formatList(named.map((v) => v.city[locale]), locale) }) : '',
    others.length ? tf(locale, 'centres.mapRing', { cities: formatList(others.map((v) => v.city[locale]), locale) }) : '',
  ].filter(Boolean).join(' ');
  const narrow = layoutMap({ width: MAP_WIDTHS.narrow, points });
  const wide = layoutMap({ width: MAP_WIDTHS.wide, points });
  return {
    narrow,
    wide,
    frames: { narrow: mapFrame(narrow), wide: mapFrame(wide) },
    hollow: others.map((v) => v.id),
    legend: others.length
      ? [
          { marker: 'filled', label: t(locale, 'centres.legendNamed') },
          { marker: 'hollow', label: t(locale, 'centres.legendOther') },
        ]
      : [],
    description,
  };
}
