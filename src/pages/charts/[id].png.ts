import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../site-data/tables.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { chartImage, chartImagePaths } from '../../lib/images/chart-images.ts';
import type { DrawnEntry } from '../../lib/charts/entry.ts';
import { svgToPng } from '../../lib/images/png.ts';
import { base, site } from '../../site.config.ts';

/** Each chart as a PNG, per language, rendered at build from its SVG at twice its size: /charts/<id>.<lang>.png. */
export const getStaticPaths = (async () => chartImagePaths(await getTables())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as { chart: DrawnEntry; locale: Locale };
  const { svg } = chartImage(chart, locale, { tables: await getTables(), site, base });
  return new Response(new Uint8Array(await svgToPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
