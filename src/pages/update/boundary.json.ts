import type { APIRoute } from 'astro';
import { mapBoundary } from '../../lib/geo/inside-georgia.ts';

/**
 * /update/boundary.json: Georgia's outline and its neighbours' as the build checks
 * coordinates against them, so the update desk gives the same verdict in the browser without
 * loading the whole world map. Fetched only when an officer checks mobility_centres.csv.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(mapBoundary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
