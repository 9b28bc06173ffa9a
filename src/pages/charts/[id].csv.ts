import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../site-data/tables.ts';
import { chartRegistry } from '../../lib/charts/registry.ts';
import { sliceToCsv, type ChartSlice } from '../../lib/charts/chart-slice.ts';

/** Each chart's own data as CSV: /charts/<id>.csv. */
export const getStaticPaths = (async () => chartRegistry(await getTables()).map(({ id, slice }) => ({ params: { id }, props: { slice } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(sliceToCsv((props as { slice: ChartSlice }).slice), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
