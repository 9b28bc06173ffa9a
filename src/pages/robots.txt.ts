import type { APIRoute } from 'astro';
import { base, site } from '../site.config.ts';

/**
 * /robots.txt: everything may be crawled (embed pages say noindex themselves and are not in
 * the sitemap); the sitemap's address comes from SITE_URL and BASE_PATH. With a base path
 * the file is published under it: a host that serves the site from a sub-path must serve
 * its own robots.txt at the root (crawlers read only that one).
 */
export const GET: APIRoute = () => {
  const sitemap = new URL(`${base}sitemap-index.xml`, site).href;
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
