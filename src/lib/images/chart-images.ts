/**
 * Each drawn chart of the registry as a standalone image (/charts/<id>.<lang>.svg and .png),
 * made from the same chart view as the page's figure (src/lib/charts/view.ts).
 */
import type { Tables } from '../validation/load.ts';
import { chartRegistry } from '../charts/registry.ts';
import { isDrawn, type DrawnEntry } from '../charts/entry.ts';
import { chartView } from '../charts/view.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { barMarksSvg } from './bar-svg.ts';
import { mapMarksSvg } from './map-svg.ts';
import { chartImageSvg, sourcesLine, type ChartImage } from './chart-image.ts';

export interface ImageContext {
  tables: Tables;
  /** The site's address (site.config.ts `site`) and base path. */
  site: string;
  base: string;
}

/** The chart as a standalone SVG image in `locale` (title, drawing, notes, sources, credit). */
export function chartImage(entry: DrawnEntry, locale: Locale, ctx: ImageContext): ChartImage {
  const v = chartView(entry, ctx.tables, locale, { base: ctx.base });
  const url = new URL(v.pagePath, ctx.site);
  const common = {
    locale,
    title: v.title,
    description: v.description,
    notes: v.notes,
    sources: sourcesLine(v.citations, locale),
    credit: `${url.host}${url.pathname} · ${t(locale, 'share.imageLicence')}: CC BY 4.0`,
  };
  if (v.drawing.kind === 'bars') {
    const l = v.drawing.model.layout;
    return chartImageSvg({ ...common, body: { width: l.width, height: l.height, viewBox: l.viewBox, markup: barMarksSvg(l, { idPrefix: entry.id }) } });
  }
  if (v.drawing.kind !== 'map') throw new Error(`Chart ${entry.id} has no image`);
  const m = v.drawing.map;
  const frame = m.frames.wide;
  return chartImageSvg({
    ...common,
    body: { width: frame.width, height: frame.height, viewBox: frame.viewBox, markup: mapMarksSvg(m.wide, { frame, hollow: m.hollow }), overflow: 'hidden' },
    legend: m.legend,
  });
}

/** Static paths of the chart images: one per drawn chart and language, `<id>.<lang>`. */
export function chartImagePaths(tables: Tables): { params: { id: string }; props: { chart: DrawnEntry; locale: Locale } }[] {
  return chartRegistry(tables)
    .filter(isDrawn)
    .flatMap((chart) => locales.map((locale) => ({ params: { id: `${chart.id}.${locale}` }, props: { chart, locale } })));
}
