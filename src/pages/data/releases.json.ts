import type { APIRoute } from 'astro';
import { getReleases } from '../../site-data/releases.ts';
import { releasesJson } from '../../lib/routes/releases.ts';
import { base, site } from '../../site.config.ts';

/** /data/releases.json: every release with its date, files, hashes and change counts. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(releasesJson(getReleases().releases, site, base), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
