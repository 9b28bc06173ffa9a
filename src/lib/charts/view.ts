/**
 * A registry entry made ready to show in one language: title, takeaway, notes, sources, the
 * drawing's model, its table and its share links. The page's figure, the embed page and the
 * image all draw from this one model, so they carry the same figures and notes.
 */
import type { Tables } from '../validation/load.ts';
import { citations, type Citation } from '../domain/provenance.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizePath } from '../i18n/urls.ts';
import type { ChartSlice } from './chart-slice.ts';
import { barsFromSlice, type BarChartModel } from './bars/from-slice.ts';
import { isDrawn, isEmbeddable, type ChartEntry } from './entry.ts';
import type { CentresMap } from './map/centres-map.ts';
import type { MatrixModel } from './matrix/model.ts';

/**
 * Where the chart is shown: on its page (bars laid out 320 wide, so that 14 px text is 12 px or
 * more on a 360 px phone; CSS caps the drawn width on a desktop), or alone in an embed frame
 * (bars laid out 300 wide, so that their text stays large in a phone-sized frame).
 */
export type ChartVariant = 'page' | 'embed';
export const BAR_WIDTHS: Record<ChartVariant, number> = { page: 320, embed: 300 };

export type ChartDrawing =
  | { kind: 'bars'; model: BarChartModel }
  | { kind: 'map'; map: CentresMap }
  | { kind: 'matrix'; matrix: MatrixModel }
  | { kind: 'table' };

export interface ChartView {
  id: string;
  title: string;
  takeaway: string;
  /** Text alternative: every figure in words. */
  description: string;
  notes: string[];
  citations: Citation[];
  /** The rows as drawn and tabled (with words where the download keeps codes). */
  slice: ChartSlice;
  table: { hide: readonly string[]; rowHeader?: string };
  drawing: ChartDrawing;
  /** Its own data: /charts/<id>.csv and .json. */
  downloads: { csv: string; json: string };
  /** Its image (drawn charts) and embed page (all but tables). */
  share: { images: { svg: string; png: string } | null; embed: string | null };
  /** The chart on its page: the embed's and the image's link back. */
  pagePath: string;
}

export interface SiteContext {
  /** The site's base path ('/' or '/reintegration/'). */
  base: string;
}

/** Where a chart's image is published: /charts/<id>.<lang>.svg or .png (under the base path). */
export function chartImagePath(id: string, locale: Locale, ext: 'svg' | 'png', base: string): string {
  return `${base}charts/${id}.${locale}.${ext}`;
}

/** Route of a chart's embed page: ('budget-by-year', 'en') → '/en/embed/budget-by-year/'. */
export function embedPath(id: string, locale: Locale, base = '/'): string {
  return localizePath(`/embed/${id}/`, locale, base);
}

export function drawingOf(entry: ChartEntry, locale: Locale, variant: ChartVariant): ChartDrawing {
  switch (entry.kind) {
    case 'bars':
      return { kind: 'bars', model: barsFromSlice(entry.shown ?? entry.slice, { ...entry.spec, width: BAR_WIDTHS[variant] }, locale) };
    case 'map':
      return { kind: 'map', map: entry.map(locale) };
    case 'matrix':
      return { kind: 'matrix', matrix: entry.matrix(locale) };
    case 'table':
      return { kind: 'table' };
  }
}

export function chartView(entry: ChartEntry, tables: Pick<Tables, 'sources'>, locale: Locale, ctx: SiteContext, variant: ChartVariant = 'page'): ChartView {
  const drawing = drawingOf(entry, locale, variant);
  const title = entry.slice.title[locale];
  return {
    id: entry.id,
    title,
    takeaway: entry.takeaway(locale),
    description: drawing.kind === 'bars' ? drawing.model.description : drawing.kind === 'map' ? drawing.map.description : title,
    notes: entry.notes(locale),
    citations: citations(entry.slice.sources, tables.sources, locale),
    slice: entry.shown ?? entry.slice,
    table: entry.table,
    drawing,
    downloads: { csv: `${ctx.base}charts/${entry.id}.csv`, json: `${ctx.base}charts/${entry.id}.json` },
    share: {
      images: isDrawn(entry) ? { svg: chartImagePath(entry.id, locale, 'svg', ctx.base), png: chartImagePath(entry.id, locale, 'png', ctx.base) } : null,
      embed: isEmbeddable(entry) ? embedPath(entry.id, locale, ctx.base) : null,
    },
    pagePath: localizePath(`${entry.page}#${entry.id}`, locale, ctx.base),
  };
}
