import type { APIRoute } from 'astro';
import { updateBoundaryJson } from '../../lib/routes/update.ts';

/**
 * /update/boundary.json: the boundaries the update desk checks coordinates against. Fetched only
 * when an officer checks mobility_centres.csv.
 */
export const GET: APIRoute = () => new Response(updateBoundaryJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
