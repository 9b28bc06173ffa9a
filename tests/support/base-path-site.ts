/**
 * The checks on a site built under a base path (BASE_PATH=/reintegration/), as a host that
 * serves it in a sub-folder would. They run on the annual update's draft build
 * (tests/build/annual-update.test.ts), which is built under this base path: one whole build
 * fewer than building the same site a second time only for them. Until its narratives are
 * published the draft year is nowhere on that site, so these read the site as it is.
 *
 * Each check returns what it found wrong (empty: all is well), for the test to assert.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { builtPages } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { site } from '../../src/site.config.ts';
import { article, hostPage } from './browser-watch.ts';

export const BASE = '/reintegration/';
/** The public address of the base-path site, as its pages print it. */
export const BASE_PREFIX = new URL(BASE, site).href;

const at = (path: string, s: StaticServer) => new URL(path.replace(/^\//, ''), s.url).href;

/**
 * Every address that every page and stylesheet names (links, anchors, images, stylesheets,
 * scripts, fonts, social cards), resolved against the files of `out` as the host serves them.
 */
export function brokenAddresses(out: string, based: StaticServer): { refs: number; broken: string[] } {
  const built = builtPages(out);
  const broken: string[] = [];
  const origin = new URL(based.url).origin;
  const siteOrigin = new URL(site).origin;
  /** Every page's ids, for anchors; every address each page and stylesheet names, for their targets. */
  const ids = new Map<string, Set<string>>();
  const refs: { from: string; href: string }[] = [];
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  for (const path of built) {
    const html = readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const pageUrl = at(path, based);
    ids.set(new URL(pageUrl).pathname, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
    // Attributes that name an address (embed codes inside <textarea> are text, checked elsewhere).
    const markup = html.replace(/<textarea[\s\S]*?<\/textarea>/g, '');
    for (const m of markup.matchAll(/\s(?:href|src|action|data-bundle)="([^"]*)"/g)) refs.push({ from: pageUrl, href: decode(m[1]!) });
    for (const m of markup.matchAll(/\ssrcset="([^"]*)"/g)) for (const c of m[1]!.split(',')) refs.push({ from: pageUrl, href: decode(c.trim().split(/\s+/)[0]!) });
    for (const m of markup.matchAll(/<meta (?:property|name)="(?:og:image|og:url|twitter:image)" content="([^"]*)"/g)) refs.push({ from: pageUrl, href: m[1]! });
  }
  const cssFiles = readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.css'));
  if (!cssFiles.length) broken.push('no stylesheet in _astro/');
  for (const f of cssFiles) for (const m of readFileSync(join(out, '_astro', f), 'utf8').matchAll(/url\((['"]?)([^)'"]+)\1\)/g)) if (!m[2]!.startsWith('data:')) refs.push({ from: at(`/_astro/${f}`, based), href: m[2]! });
  for (const r of refs) {
    if (/^(mailto|tel|data|javascript):/.test(r.href) || (r.href.startsWith('#') && !r.href.slice(1))) continue;
    const target = new URL(r.href, r.from);
    const from = r.from.slice(origin.length);
    if (target.origin === siteOrigin) {
      if (!target.pathname.startsWith(BASE)) broken.push(`${from} → ${r.href} (absolute address outside the base)`);
      continue;
    }
    if (target.origin !== origin) continue;
    if (!target.pathname.startsWith(BASE)) {
      broken.push(`${from} → ${r.href} (outside the base)`);
      continue;
    }
    const rel = decodeURIComponent(target.pathname.slice(BASE.length));
    const file = join(out, rel, target.pathname.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) broken.push(`${from} → ${r.href} (no such file)`);
    else if (target.hash && target.pathname.endsWith('/') && !ids.get(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${from} → ${r.href} (no such anchor)`);
  }
  return { refs: refs.length, broken };
}

/**
 * One page of each kind loaded in Chromium: what its scripts and styles ask for (scripts,
 * fonts, Pagefind) must exist. What a page's own scripts and styles ask for at load is the
 * same on every page of a kind (a route without its year, slug or chart).
 */
export async function failedRequestsByKind(browser: Browser, out: string, based: StaticServer): Promise<{ kinds: number; broken: string[] }> {
  const built = builtPages(out);
  const kindOf = (p: string) => {
    const parts = p.replace(/^\/en\//, '/').split('/').filter(Boolean);
    return `${p.startsWith('/en/') ? 'en' : 'ka'} ${parts[0] ?? ''} ${parts.length}`;
  };
  const kinds = [...Map.groupBy(built, kindOf).values()].map((group) => group[0]!);
  const broken: string[] = [];
  const queue = [...kinds];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      const page = await browser.newPage();
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/404.html')) broken.push(`${r.status()} ${r.url()}`);
      });
      // A request cut short by the next navigation (a favicon still loading) is not a failure.
      page.on('requestfailed', (r) => {
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') broken.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
      });
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(at(path, based));
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
      }
      await page.close();
    }),
  );
  return { kinds: kinds.length, broken };
}

/** The English search's result links for a query, on the base-path site. */
export async function searchLinks(browser: Browser, based: StaticServer, query: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(at(`/en/search/?q=${encodeURIComponent(query)}`, based), { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-results] li a');
  const hrefs = await page.$$eval('[data-results] a', (as) => as.map((a) => a.getAttribute('href')!));
  await page.close();
  return hrefs;
}

/**
 * The embed code printed under a chart of the base-path site, pointed at the test server, put
 * in an article on another origin at 320 px: the frame's height and its content's, once the
 * resizing script has run (they must match within a pixel).
 */
export async function embedFit(browser: Browser, based: StaticServer, id: string): Promise<{ code: string; gap: () => Promise<number>; close: () => Promise<void> }> {
  const page = await browser.newPage();
  await page.goto(at(`/en/embed/${id}/`, based));
  const back = await page.getAttribute('.back a', 'href');
  await page.goto(new URL(back!, page.url()).href);
  const code = (await page.inputValue(`#${id}-embed-code`)).split(BASE_PREFIX).join(based.url).split(new URL(site).origin).join(new URL(based.url).origin);
  const host = await hostPage(article(code));
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(host.url, { waitUntil: 'networkidle' });
  const frameEl = (await page.$('iframe'))!;
  const frame = (await frameEl.contentFrame())!;
  return {
    code,
    gap: async () => Math.abs((await frameEl.boundingBox())!.height - (await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)))),
    close: async () => {
      await page.close();
      await host.close();
    },
  };
}
