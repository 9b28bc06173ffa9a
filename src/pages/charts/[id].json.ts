import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../data/tables.ts';
import { allSlices } from '../../lib/charts/slices.ts';
import { sliceToJson, type ChartSlice } from '../../lib/charts/slice.ts';

/** Each chart's own data as JSON: /charts/<id>.json. */
export const getStaticPaths = (async () => (allSlices(await getTables())).map((slice) => ({ params: { id: slice.id }, props: { slice } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(sliceToJson((props as { slice: ChartSlice }).slice), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
