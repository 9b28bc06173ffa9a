/**
 * Sharing and finding, in real Chromium against the built site: a chart embedded on another
 * site at phone and desktop widths, chart images, search in both languages, the feeds, the
 * sitemaps, social cards and the security headers (_headers). The site under a base path:
 * tests/build/annual-update.test.ts. Per page (embed code under every chart, meta policy, violations): in
 * pages.e2e.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, closeSite, DIST, openSite, pagesOf } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { loadData } from '../../src/lib/validation/load.ts';
import { contentSecurityPolicy, pageKindOf } from '../../src/lib/security/csp.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { isDrawn, isEmbeddable } from '../../src/lib/charts/entry.ts';
import { cardName } from '../../src/lib/site-map/site-pages.ts';
import { base, site } from '../../src/site.config.ts';
import { article, cspViolations, hostPage, watchCsp } from '../support/browser-watch.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages();
const { tables } = loadData(join(process.cwd(), 'data'));
const charts = chartRegistry(tables).filter(isEmbeddable);
const url = (path: string, s: StaticServer = server) => new URL(path.replace(/^\//, ''), s.url).href;
/** The route of a built page's path, without the language prefix. */
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);
const sitePrefix = new URL(base, site).href;

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('chart images', () => {
  const images = charts.filter(isDrawn).flatMap((c) => (['ka', 'en'] as const).map((locale) => ({ id: c.id, locale })));

  it.each(images)('$id.$locale: the SVG is self-contained and the PNG is twice its size', async ({ id, locale }) => {
    const svg = readFileSync(join(DIST, 'charts', `${id}.${locale}.svg`), 'utf8');
    const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(svg).toContain(`viewBox="0 0 ${w} ${h}"`);
    expect(svg).toContain(`lang="${locale}"`);
    expect(svg).not.toMatch(/<style| class=|var\(--|<image|@import|url\((?!#)/);
    const png = pngSize(readFileSync(join(DIST, 'charts', `${id}.${locale}.png`)));
    expect(png).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
  });

  // One load per page and language: every chart on it, its two image links, both images opened.
  const byPage = [...Map.groupBy(images, ({ id, locale }) => `${locale === 'en' ? '/en' : ''}${charts.find((c) => c.id === id)!.page}`)];
  it.concurrent.for(byPage)('%s: every chart’s two images open in the browser at their size, from the links under the chart', async ([path, list], { expect }) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    for (const { id, locale } of list) {
      const links = await page.$$eval(`figure#${id} .chart-images a`, (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.map((l) => new URL(l).pathname)).toEqual([`${base}charts/${id}.${locale}.svg`, `${base}charts/${id}.${locale}.png`]);
      const sizes = await page.evaluate(
        (srcs) =>
          Promise.all(
            srcs.map(
              (src) =>
                new Promise<[number, number]>((ok, fail) => {
                  const img = new Image();
                  img.onload = () => ok([img.naturalWidth, img.naturalHeight]);
                  img.onerror = () => fail(new Error(src));
                  img.src = src;
                }),
            ),
          ),
        links,
      );
      expect(sizes[1], id).toEqual([sizes[0]![0] * 2, sizes[0]![1] * 2]);
    }
    await page.close();
  });
});

describe('search', () => {
  /** Pagefind's own API in the page, as the search page loads it. */
  async function search(path: string, query: string): Promise<string[]> {
    const page = await browser.newPage();
    await page.goto(url(path));
    const bundle = await page.getAttribute('[data-search]', 'data-bundle');
    // A string, so that the test runner does not rewrite the page's import().
    const urls = (await page.evaluate(`(async () => {
      const pf = await import(${JSON.stringify(bundle)});
      await pf.options({ baseUrl: ${JSON.stringify(base)} });
      const r = await pf.search(${JSON.stringify(query)});
      return Promise.all(r.results.map((x) => x.data().then((d) => d.url)));
    })()`)) as string[];
    await page.close();
    return urls;
  }

  it('“სამედიცინო” on the Georgian search finds the services and beneficiaries pages first, in Georgian only', async () => {
    const urls = await search('/search/', 'სამედიცინო');
    expect(urls.slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${base}(services|beneficiaries)/$`))]));
    expect(urls).toContain(`${base}services/`);
    expect(urls).toContain(`${base}beneficiaries/`);
    expect(urls.filter((u) => u.startsWith(`${base}en/`))).toEqual([]);
  });

  it('“medical” on the English search finds the services and beneficiaries pages first, in English only', async () => {
    const urls = await search('/en/search/', 'medical');
    expect(urls.slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${base}en/(services|beneficiaries)/$`))]));
    expect(urls).toContain(`${base}en/beneficiaries/`);
    expect(urls.every((u) => u.startsWith(`${base}en/`))).toBe(true);
  });

  it('a figure is found in each language: 248 persons served leads to the 2017 breakdown', async () => {
    expect(await search('/search/', '248')).toEqual(expect.arrayContaining([`${base}beneficiaries/`, `${base}years/2017/`]));
    expect(await search('/en/search/', '248')).toEqual(expect.arrayContaining([`${base}en/beneficiaries/`, `${base}en/years/2017/`]));
  });

  it('the search form shows results as links in the reader’s language, with no policy violation', async () => {
    const context = await browser.newContext();
    await watchCsp(context);
    const page = await context.newPage();
    await page.goto(url('/en/search/?q=medical'), { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-results] li a');
    expect(await page.inputValue('#search-q')).toBe('medical');
    expect(await page.textContent('[data-status]')).toMatch(/^\d+ pages found for “medical”\.$/);
    await page.fill('#search-q', 'სამედიცინო');
    await page.click('button[type="submit"]');
    await expect.poll(() => page.textContent('[data-status]')).toMatch(/^(Nothing found|\d+ pages found) for “სამედიცინო”\.$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('სამედიცინო');
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('other pages do not load Pagefind; the search page loads it only when used', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(url('/en/budget/'), { waitUntil: 'networkidle' });
    await page.goto(url('/en/search/'), { waitUntil: 'networkidle' });
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.focus('#search-q');
    await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('without JavaScript the search page sends readers to the site map', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/search/'));
    expect(await page.isVisible('form[role="search"]')).toBe(false);
    expect(await page.isVisible('[data-nojs]')).toBe(true);
    const href = await page.getAttribute('a[href$="/sitemap/"]', 'href');
    expect(href).toBe(`${base}sitemap/`);
    await context.close();
  });
});

describe('feeds and sitemaps', () => {
  async function parse(xml: string): Promise<{ error: string | null; doc: { tag: string; text: string; attrs: Record<string, string> }[] }> {
    const page = await browser.newPage();
    const r = await page.evaluate((x) => {
      const d = new DOMParser().parseFromString(x, 'application/xml');
      const error = d.querySelector('parsererror')?.textContent ?? null;
      const doc = Array.from(d.getElementsByTagName('*')).map((e) => ({ tag: e.tagName, text: e.children.length ? '' : (e.textContent ?? ''), attrs: Object.fromEntries(Array.from(e.attributes).map((a) => [a.name, a.value])) }));
      return { error, doc };
    }, xml);
    await page.close();
    return r;
  }
  const local = (u: string) => u.replace(sitePrefix, '/');
  const dates = [...new Set(tables.revisions.map((r) => r.date))];

  it.each(['ka', 'en'] as const)('the %s feed is RSS 2.0 with one item per data release, linked to the change log', async (locale) => {
    const xml = readFileSync(join(DIST, locale === 'en' ? 'en' : '', 'rss.xml'), 'utf8');
    const { error, doc } = await parse(xml);
    expect(error).toBeNull();
    expect(doc[0]!.tag).toBe('rss');
    expect(doc.find((e) => e.tag === 'language')!.text).toBe(locale);
    const items = doc.filter((e) => e.tag === 'item');
    expect(items).toHaveLength(dates.length);
    const links = doc.filter((e) => e.tag === 'link').map((e) => e.text).slice(1);
    const changes = `${locale === 'en' ? 'en/' : ''}data/changes/`;
    const releasePages = `${locale === 'en' ? 'en/' : ''}releases/`;
    for (const l of links) {
      // A date with a frozen release links its page; other dates the change log at their first change.
      if (l.startsWith(`${sitePrefix}${releasePages}`)) {
        expect(existsSync(join(DIST, l.slice(sitePrefix.length), 'index.html')), l).toBe(true);
        continue;
      }
      expect(l.startsWith(`${sitePrefix}${changes}#`), l).toBe(true);
      const id = l.split('#')[1]!;
      expect(readFileSync(join(DIST, changes, 'index.html'), 'utf8')).toContain(`id="${id}"`);
    }
    const title = doc.filter((e) => e.tag === 'title')[1]!.text;
    expect(title).toMatch(locale === 'en' ? /^Data release( \d+\.\d+\.\d+)?, / : /^მონაცემების (გამოქვეყნება|ვერსია \d+\.\d+\.\d+): /);
  });

  it('sitemap-index.xml lists every page but the embeds and 404, each with its Georgian and English alternates', async () => {
    const index = await parse(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
    expect(index.error).toBeNull();
    const maps = index.doc.filter((e) => e.tag === 'loc').map((e) => e.text);
    expect(maps.length).toBeGreaterThan(0);
    const urls: string[] = [];
    for (const m of maps) {
      const { error, doc } = await parse(readFileSync(join(DIST, local(m)), 'utf8'));
      expect(error).toBeNull();
      urls.push(...doc.filter((e) => e.tag === 'loc').map((e) => e.text));
      const alternates = doc.filter((e) => e.tag === 'xhtml:link');
      expect(alternates.length).toBe(2 * doc.filter((e) => e.tag === 'url').length);
      expect(new Set(alternates.map((a) => a.attrs.hreflang))).toEqual(new Set(['ka', 'en']));
    }
    const expected = pages.filter((p) => p !== '/404.html' && !isEmbed(p)).map((p) => `${sitePrefix}${p.slice(1)}`);
    expect(urls.sort()).toEqual(expected.sort());
  });

  it('robots.txt points at the sitemap at the site’s address', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${sitePrefix}sitemap-index.xml`);
  });

  it.each(['ka', 'en'] as const)('the %s site map page links every page of its language', async (locale) => {
    const page = await browser.newPage();
    await page.goto(url(locale === 'en' ? '/en/sitemap/' : '/sitemap/'));
    const linked = new Set((await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))).map((h) => `/${new URL(h).pathname.slice(base.length)}`));
    const unlisted = pagesOf(locale, pages).filter((p) => !linked.has(p));
    expect(unlisted).toEqual([]);
    await page.close();
  });
});

describe('social cards', () => {
  it.each(pages.filter((p) => p !== '/404.html' && !isEmbed(p)))('%s has Open Graph and Twitter tags and its own 1200 × 630 card', async (path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
    const locale = path.startsWith('/en/') ? 'en' : 'ka';
    const route = path.replace(/^\/en\//, '/');
    expect(meta('property', 'og:title')).toBeTruthy();
    expect(meta('property', 'og:description')).toBeTruthy();
    expect(meta('property', 'og:locale')).toBe(locale === 'en' ? 'en_GB' : 'ka_GE');
    expect(meta('property', 'og:url')).toBe(`${sitePrefix}${path.slice(1)}`);
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    const image = meta('property', 'og:image')!;
    expect(image).toBe(`${sitePrefix}og/${locale}/${cardName(route)}.png`);
    expect(meta('name', 'twitter:image')).toBe(image);
    expect(pngSize(readFileSync(join(DIST, image.replace(sitePrefix, '/'))))).toEqual({ width: 1200, height: 630 });
  });
});

describe('security policy', () => {
  // Each page's meta policy, its inline scripts and the violations it reports are checked in
  // pages.e2e.ts, in the one pass per page.

  describe('served with the _headers the build writes', () => {
    let proxy: { url: string; close: () => Promise<void> };
    const rules: { pattern: string; headers: [string, string][] }[] = [];

    beforeAll(async () => {
      for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: [] });
        else rules.at(-1)!.headers.push(line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]);
      }
      // The static server, with every matching rule's headers added, as Netlify or Cloudflare do.
      const s = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const extra = rules.filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern)).flatMap((r) => r.headers);
        get(new URL(req.url ?? '/', server.url).href, (up) => {
          const headers: Record<string, string | string[]> = { ...(up.headers as Record<string, string>) };
          for (const [k, v] of extra) headers[k] = headers[k] ? [...[headers[k]].flat(), v] : v;
          res.writeHead(up.statusCode ?? 500, headers);
          up.pipe(res);
        });
      });
      await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
      proxy = { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}${base}`, close: () => new Promise((ok) => s.close(() => ok())) };
    });
    afterAll(() => proxy?.close());

    it('every page gets exactly one Content-Security-Policy header, equal to its meta policy plus frame-ancestors', async () => {
      for (const path of pages) {
        const r = await fetch(new URL(path.replace(/^\//, ''), proxy.url));
        const header = r.headers.get('content-security-policy');
        expect(header, path).toBe(`${contentSecurityPolicy(pageKindOf(path))}; frame-ancestors ${pageKindOf(path) === 'embed' ? '*' : "'self'"}`);
        expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
        expect(r.headers.get('permissions-policy'), path).toContain('camera=()');
      }
    });

    it('another site may frame an embed page but not an ordinary page', async () => {
      const embed = new URL('embed/budget-by-year/', proxy.url).href;
      const ordinary = new URL('budget/', proxy.url).href;
      const host = await hostPage(article(`<iframe id="a" src="${embed}" title="a"></iframe><iframe id="b" src="${ordinary}" title="b"></iframe>`));
      const page = await browser.newPage();
      await page.goto(host.url, { waitUntil: 'networkidle' });
      const a = (await (await page.$('#a'))!.contentFrame())!;
      const b = (await (await page.$('#b'))!.contentFrame())!;
      expect(await a.textContent('h1')).toBe(charts.find((c) => c.id === 'budget-by-year')!.slice.title.ka);
      // A frame refused by frame-ancestors shows Chromium's error page, not the site's page.
      expect(b.url()).not.toBe(ordinary);
      expect(await b.$('link[rel="canonical"]').catch(() => null)).toBeNull();
      await page.close();
      await host.close();
    });

    it('the search page searches under both policies (header and meta) with no violation', async () => {
      const context = await browser.newContext();
      await watchCsp(context);
      const page = await context.newPage();
      await page.goto(new URL('en/search/?q=medical', proxy.url).href, { waitUntil: 'networkidle' });
      await page.waitForSelector('[data-results] li a');
      expect(await cspViolations(page)).toEqual([]);
      await context.close();
    });
  });
});

// The whole site built under a base path (every address, one page of each kind in Chromium,
// search, feeds, embeds): tests/build/annual-update.test.ts, on the annual update's draft build.
