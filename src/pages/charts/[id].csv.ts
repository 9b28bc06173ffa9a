import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../data/tables.ts';
import { allSlices } from '../../lib/charts/slices.ts';
import { sliceToCsv, type ChartSlice } from '../../lib/charts/slice.ts';

/** Each chart's own data as CSV: /charts/<id>.csv. */
export const getStaticPaths = (async () => (allSlices(await getTables())).map((slice) => ({ params: { id: slice.id }, props: { slice } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(sliceToCsv((props as { slice: ChartSlice }).slice), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
