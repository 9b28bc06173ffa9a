/**
 * Every chart that can be shared: embedded on another site (/embed/<id>/) and, where it is a
 * drawing, downloaded as an image (/charts/<id>.<lang>.svg and .png). Each entry says which
 * slice it draws, how, and on which page it lives (the embed's link back).
 *
 * A chart added to a page must be added here too: the browser tests check that every chart
 * on the site has its embed.
 */
import type { Tables } from '../data/load.ts';
import type { ChartSlice } from '../charts/slice.ts';
import { barsFromSlice, type BarChartModel, type BarSpec } from '../charts/bars/from-slice.ts';
import { breakdownSlices, budgetSlice, centresSlice, iomSlices, matrixSlice } from '../charts/slices.ts';
import { latestCountedYear } from '../views/services.ts';
import { iomDisplaySlice } from '../views/beneficiaries.ts';
import { centresMap, type CentresMap } from '../views/centres.ts';
import { FORMULAS } from '../derive.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { t, tf } from '../i18n/strings/index.ts';
import { localizePath } from '../i18n/urls.ts';
import { barMarksSvg } from './bar-svg.ts';
import { mapMarksSvg } from './map-svg.ts';
import { chartImageSvg, sourcesText, type ChartImage } from './chart-image.ts';
import { fallbackHeight } from './embed.ts';

interface Common {
  id: string;
  slice: ChartSlice;
  /** Route path of the page the chart lives on ('/budget/'); the embed links back to it. */
  page: string;
}
export interface BarShare extends Common {
  kind: 'bars';
  spec: BarSpec;
}
export interface MapShare extends Common {
  kind: 'map';
}
/** The year × service matrix: an HTML table, so an embed but no image. */
export interface MatrixShare extends Common {
  kind: 'matrix';
}
export type ShareChart = BarShare | MapShare | MatrixShare;
export type ImageChart = BarShare | MapShare;

const BREAKDOWN: BarSpec = { label: 'service', value: 'persons', extra: 'share' };

const cache = new WeakMap<Tables, ShareChart[]>();

/** Every shareable chart, in site order (computed once per set of tables). */
export function shareCharts(t: Tables): ShareChart[] {
  let charts = cache.get(t);
  if (!charts) cache.set(t, (charts = buildShareCharts(t)));
  return charts;
}

/** The shareable chart with this id, or undefined. */
export function shareChart(t: Tables, id: string): ShareChart | undefined {
  return shareCharts(t).find((c) => c.id === id);
}

function buildShareCharts(t: Tables): ShareChart[] {
  const latest = latestCountedYear(t);
  return [
    { kind: 'bars', id: 'budget-by-year', slice: budgetSlice(t), spec: { label: 'year', value: 'budget_gel' }, page: '/budget/' },
    ...breakdownSlices(t).map((slice): BarShare => {
      const year = Number(slice.id.replace(/^beneficiaries-/, ''));
      return { kind: 'bars', id: slice.id, slice, spec: BREAKDOWN, page: year === latest ? '/beneficiaries/' : `/years/${year}/` };
    }),
    { kind: 'matrix', id: matrixSlice(t).id, slice: matrixSlice(t), page: '/beneficiaries/' },
    ...iomSlices(t).map((s): BarShare => ({ kind: 'bars', id: s.id, slice: iomDisplaySlice(s), spec: { label: 'kind', value: 'count', extra: 'unit_note' }, page: '/beneficiaries/' })),
    { kind: 'map', id: centresSlice(t).id, slice: centresSlice(t), page: '/mobility-centres/' },
  ];
}

export function hasImage(c: ShareChart): c is ImageChart {
  return c.kind !== 'matrix';
}

/** The address of the page and chart the embed or image comes from. */
export function chartPagePath(c: ShareChart, locale: Locale, base: string): string {
  return localizePath(`${c.page}#${c.id}`, locale, base);
}

/** The bar model of a bar chart in `locale` (the same call the pages make). */
export function barModel(c: BarShare, locale: Locale): BarChartModel {
  return barsFromSlice(c.slice, c.spec, locale);
}

/** The map model in `locale`, with the points drawn as rings. */
export function mapModel(tables: Tables, locale: Locale): CentresMap & { hollow: string[] } {
  const m = centresMap(tables, locale);
  return { ...m, hollow: m.wide.points.map((p) => p.id).filter((id) => !m.namedInReport.includes(id)) };
}

/** Notes printed with a bar chart: the hatch key where a value is missing, the derived-figure key. */
export function barNotes(c: BarShare, model: BarChartModel, locale: Locale): string[] {
  const derived = c.spec.extra && c.slice.columns.find((col) => col.key === c.spec.extra)?.derived;
  return [
    ...(model.layout.bars.some((b) => b.missing) ? [t(locale, 'figure.missingKey')] : []),
    ...(derived ? [t(locale, 'figure.derivedKey'), FORMULAS.share[locale]] : []),
  ];
}

export interface ImageContext {
  tables: Tables;
  /** The site's address (site.config.ts `site`) and base path. */
  site: string;
  base: string;
}

/** The chart as a standalone SVG image in `locale` (title, drawing, notes, sources, credit). */
export function chartImage(c: ImageChart, locale: Locale, ctx: ImageContext): ChartImage {
  const title = c.slice.title[locale];
  const url = new URL(chartPagePath(c, locale, ctx.base), ctx.site);
  const credit = `${url.host}${url.pathname} · ${t(locale, 'share.imageLicence')}: CC BY 4.0`;
  const sources = sourcesText(c.slice.sources, ctx.tables.sources, locale);
  if (c.kind === 'bars') {
    const model = barModel(c, locale);
    const l = model.layout;
    return chartImageSvg({
      locale,
      title,
      description: model.description,
      body: { width: l.width, height: l.height, viewBox: l.viewBox, markup: barMarksSvg(l, { idPrefix: c.id }) },
      notes: barNotes(c, model, locale),
      sources,
      credit,
    });
  }
  const m = mapModel(ctx.tables, locale);
  const frame = m.frames.wide;
  return chartImageSvg({
    locale,
    title,
    description: m.description,
    body: { width: frame.width, height: frame.height, viewBox: frame.viewBox, markup: mapMarksSvg(m.wide, { frame, hollow: m.hollow }), overflow: 'hidden' },
    legend: m.hollow.length
      ? [
          { marker: 'filled', label: t(locale, 'centres.legendNamed') },
          { marker: 'hollow', label: t(locale, 'centres.legendOther') },
        ]
      : [],
    notes: [t(locale, 'centres.mapNote'), tf(locale, 'centres.boundaries', { name: 'Natural Earth (world-atlas)' })],
    sources,
    credit,
  });
}

/** Where a chart's image is published: /charts/<id>.<lang>.svg or .png (under the base path). */
export function chartImagePath(id: string, locale: Locale, ext: 'svg' | 'png', base: string): string {
  return `${base}charts/${id}.${locale}.${ext}`;
}

/**
 * Design width of a bar chart on an embed page: narrower than the page's 400, so that its
 * text stays large enough in a phone-sized frame (it is drawn at 100% of the frame).
 */
export const EMBED_BAR_WIDTH = 340;
/** Widest the drawing is shown in an embed, in CSS pixels. */
export const EMBED_MAX_WIDTH = 512;

/** The bar model of a bar chart as an embed page draws it. */
export function embedBarModel(c: BarShare, locale: Locale): BarChartModel {
  return barsFromSlice(c.slice, { ...c.spec, width: EMBED_BAR_WIDTH }, locale);
}

/** The frame height the embed code asks for, before (or without) its resizing script. */
export function embedHeight(c: ShareChart, tables: Tables, locale: Locale): number {
  if (c.kind === 'bars') {
    const model = embedBarModel(c, locale);
    return fallbackHeight(model.layout, 5 + barNotes(c, model, locale).length * 2, EMBED_MAX_WIDTH);
  }
  if (c.kind === 'map') return fallbackHeight(mapModel(tables, locale).frames.wide, 10, EMBED_MAX_WIDTH);
  // The matrix: a legend of four lines and a table row per service.
  return 60 + (8 + 4 + c.slice.rows.length * 2) * 26;
}

/** Static paths of the chart images: one per chart with an image and language, `<id>.<lang>`. */
export function chartImagePaths(t: Tables): { params: { id: string }; props: { chart: ImageChart; locale: Locale } }[] {
  return shareCharts(t)
    .filter(hasImage)
    .flatMap((chart) => locales.map((locale) => ({ params: { id: `${chart.id}.${locale}` }, props: { chart, locale } })));
}
