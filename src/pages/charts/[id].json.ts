import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../site-data/tables.ts';
import { chartRegistry } from '../../lib/charts/registry.ts';
import { sliceToJson, type ChartSlice } from '../../lib/charts/chart-slice.ts';

/** Each chart's own data as JSON: /charts/<id>.json. */
export const getStaticPaths = (async () => chartRegistry(await getTables()).map(({ id, slice }) => ({ params: { id }, props: { slice } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(sliceToJson((props as { slice: ChartSlice }).slice), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
