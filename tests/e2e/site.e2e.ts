/**
 * The site as a reader gets it, in real Chromium: every page in both languages loads cleanly,
 * every chart has its table, the report's figures are on the pages, the language switch keeps
 * the page, and without JavaScript and at 360 px nothing is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, closeSite, openSite, pagesOf } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages();
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const text = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

describe('every page', () => {
  it('the site has the same pages in Georgian and English', () => {
    const ka = pagesOf('ka', pages);
    const en = pagesOf('en', pages).map((p) => p.replace(/^\/en/, ''));
    expect(ka.length).toBeGreaterThanOrEqual(10);
    expect(en).toEqual(ka);
  });

  it.each(pages)('%s loads with no console error and no failed request', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => { if (r.status() >= 400 && r.url() !== url(path)) problems.push(`${r.status()}: ${r.url()}`); });
    const response = await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
    const lang = await page.getAttribute('html', 'lang');
    expect(lang).toBe(path.startsWith('/en/') ? 'en' : 'ka');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(pages.filter((p) => p !== '/404.html'))('%s: every chart is a figure with an SVG text alternative and a data table', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    const figures = await page.$$eval('figure.chart', (fs) =>
      fs.map((f) => ({
        id: f.id,
        svg: f.querySelector('svg[role="img"]') !== null,
        desc: f.querySelector('svg desc')?.textContent ?? '',
        table: f.querySelector('table') !== null,
        csv: f.querySelector('a[href$=".csv"]') !== null,
        json: f.querySelector('a[href$=".json"]') !== null,
        // A figure drawn as an HTML table (e.g. the service matrix) has no SVG chart but a visible table.
        visibleTable: Array.from(f.querySelectorAll('table')).some((t) => !t.closest('details')),
      })),
    );
    for (const f of figures) {
      expect(f.table, `${f.id} has a table`).toBe(true);
      expect(f.csv && f.json, `${f.id} links its data`).toBe(true);
      expect((f.svg && f.desc.length > 20) || f.visibleTable, `${f.id} has an SVG with a text alternative, or is a visible table`).toBe(true);
    }
    await page.close();
  });
});

describe('the report’s figures on the pages', () => {
  it('the Georgian home and budget pages show the budgets as formatted lari', async () => {
    const page = await browser.newPage();
    await page.goto(url('/budget/'));
    const body = text(await page.innerText('body'));
    for (const v of ['590 000 ₾', '650 000 ₾', '400 000 ₾', '600 000 ₾']) expect(body).toContain(v);
    await page.goto(url('/'));
    expect(text(await page.innerText('body'))).toContain('650 000 ₾');
    await page.close();
  });

  it('the English pages show the budgets, the 248 persons and their breakdown', async () => {
    const page = await browser.newPage();
    await page.goto(url('/en/budget/'));
    const budget = text(await page.innerText('body'));
    for (const v of ['GEL 590,000', 'GEL 650,000']) expect(budget).toContain(v);
    await page.goto(url('/en/'));
    const home = text(await page.innerText('body'));
    expect(home).toContain('248');
    for (const v of ['147 (59.3%)', '57 (23.0%)', '30 (12.1%)', '14 (5.6%)']) expect(home).toContain(v);
    await page.close();
  });

  it('a figure that is not reported reads "not reported", never 0', async () => {
    const page = await browser.newPage();
    await page.goto(url('/en/'));
    const stats = text(await page.innerText('.stats'));
    expect(stats).toContain('Persons served not reported');
    await page.close();
  });
});

describe('language and access', () => {
  it.each(pagesOf('ka', pages))('the language switch on %s lands on the same page in English and back', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(`/en${path}`);
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(path);
    await page.close();
  });

  it.each(pages.filter((p) => p !== '/404.html'))('%s with JavaScript off still has every chart and table', async (path) => {
    const withJs = await browser.newPage();
    await withJs.goto(url(path));
    const expected = await withJs.$$eval('figure.chart', (fs) => fs.map((f) => [f.id, f.querySelectorAll('svg, table').length]));
    await withJs.close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(path));
    const got = await page.$$eval('figure.chart', (fs) => fs.map((f) => [f.id, f.querySelectorAll('svg, table').length]));
    expect(got).toEqual(expected);
    await context.close();
  });

  it.each(['/', '/budget/', '/en/beneficiaries/'])('printing %s shows every chart with its data table', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    await page.emulateMedia({ media: 'print' });
    const heights = await page.$$eval('figure.chart', (fs) => fs.map((f) => Math.min(...Array.from(f.querySelectorAll('table')).map((t) => t.getBoundingClientRect().height))));
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(h).toBeGreaterThan(20);
    await page.close();
  });

  it.each(pages)('%s does not overflow horizontally at 360 px', async (path) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
