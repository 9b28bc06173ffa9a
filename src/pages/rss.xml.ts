import type { APIRoute } from 'astro';
import { getTables } from '../site-data/tables.ts';
import { getReleases } from '../site-data/releases.ts';
import { feedResponse } from '../lib/feeds/rss.ts';
import { base, site } from '../site.config.ts';

/** The Georgian feed of data releases and revisions: /rss.xml. */
export const GET: APIRoute = async () => feedResponse(await getTables(), 'ka', site, base, getReleases().releases.map((r) => r.manifest));
