/**
 * Every built page, in both languages, opened in real Chromium in one pass that checks all a
 * page owes its reader, instead of opening each page once per check. Pages run several at a
 * time (`maxConcurrency` in vitest.e2e.config.ts), each in its own two browser contexts (one
 * with JavaScript for steps 1–3, one without for step 4).
 *
 * Per page:
 * 1. light, desktop, JavaScript on: status 200 and the page's language; no console error,
 *    page error, failed request or HTTP error; no request to another origin; its
 *    Content-Security-Policy (meta) is the one for its kind, allows no inline script, and the
 *    browser reports no violation (the search page also searches); every chart is a figure
 *    with an SVG text alternative (or a visible table), a data table and CSV/JSON links; every
 *    drawn chart offers its embed code, and its embed page exists; axe (WCAG 2.2 A/AA) finds
 *    nothing; Tab reaches every interactive element and each shows its focus. Its links and ids
 *    are kept for the site-wide link check below.
 * 2. dark (the same page): the dark scheme only recolours (custom properties), and axe's colour
 *    rules (contrast, links in text) find nothing; reloaded, the skip link comes first and moves
 *    focus to the main content; (Georgian pages) the language switch lands on the same page in
 *    English and back.
 * 3. 360 px wide (the page loaded again at that width): nothing overflows horizontally.
 * 4. JavaScript off: every chart and table of step 1 is still there.
 *
 * Where each check came from (before, one browser page per check and page) is listed in
 * docs/testing.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtPages, closeSite, DIST, openSite, pagesOf } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { contentSecurityPolicy, pageKindOf } from '../../src/lib/security/csp.ts';
import { base, site } from '../../src/site.config.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages();
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);
const sitePrefix = new URL(base, site).href;
// axe's experimental rules too (label in name, p-as-heading, focus-order-semantics…).
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'experimental'];

/** What the per-page pass saw, for the checks across pages. */
const ids = new Map<string, Set<string>>();
const links: { from: string; href: string; hreflang: string | null }[] = [];
const visited = new Set<string>();

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

/**
 * axe's rules that read colours. The dark scheme changes only colours (checked on every page
 * by darkOnlyRecolours), so in dark mode these are the only rules whose result can differ from
 * the light run, which runs every WCAG rule.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axe(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const r = await (rules ? builder.withRules(rules) : builder.withTags(WCAG)).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Records Content-Security-Policy violations from the first script on. */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** The charts of a page: each figure's id and how many SVGs and tables it holds. */
const chartParts = (page: Page) => page.$$eval('figure.chart', (fs) => fs.map((f) => [f.id, f.querySelectorAll('svg, table').length] as [string, number]));

/** Step 1: light, desktop, JavaScript on. Returns the charts (for step 4) and the page, still open. */
async function lightPass(path: string, expect: ExpectStatic): Promise<{ charts: [string, number][]; page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ colorScheme: 'light' });
  await watchCsp(context);
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|Refused/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== url(path)) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
  });

  const response = await page.goto(url(path), { waitUntil: 'networkidle' });
  expect.soft(response?.status(), 'status').toBe(200);
  expect.soft(await page.getAttribute('html', 'lang'), 'html lang').toBe(path.startsWith('/en/') ? 'en' : 'ka');

  // Security policy: the meta policy of its kind, no inline script, nothing blocked.
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect.soft(policy, 'meta Content-Security-Policy').toBe(contentSecurityPolicy(pageKindOf(path)));
  expect.soft(policy ?? '', 'policy allows no inline script').not.toContain('unsafe-inline');
  expect.soft(await page.$$eval('script:not([src])', (ss) => ss.map((s) => s.getAttribute('type')).filter((t) => t !== 'application/ld+json')), 'inline scripts').toEqual([]);

  // Charts: a figure with an SVG text alternative or a visible table, its data table and downloads.
  const charts = await chartParts(page);
  if (path !== '/404.html') {
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
        drawn: f.querySelector('.chart-body') !== null,
        code: (f.querySelector('textarea') as HTMLTextAreaElement | null)?.value ?? '',
      })),
    );
    for (const f of figures) {
      expect.soft(f.table, `${f.id} has a table`).toBe(true);
      expect.soft(f.csv && f.json, `${f.id} links its data`).toBe(true);
      expect.soft((f.svg && f.desc.length > 20) || f.visibleTable, `${f.id} has an SVG with a text alternative, or is a visible table`).toBe(true);
    }
    // Every drawn chart offers its embed code, and its embed page exists in that language.
    if (!isEmbed(path)) {
      const missing: string[] = [];
      for (const f of figures.filter((x) => x.drawn)) {
        const embed = `${path.startsWith('/en/') ? '/en' : ''}/embed/${f.id}/`;
        if (!f.code.includes(`<iframe src="${sitePrefix}${embed.slice(1)}"`)) missing.push(`#${f.id}: no embed code for ${embed}`);
        if (!existsSync(join(DIST, embed, 'index.html'))) missing.push(`#${f.id}: no page ${embed}`);
      }
      expect.soft(missing, 'embed codes').toEqual([]);
    }
  }

  // Links and ids, for the check across pages.
  ids.set(new URL(page.url()).pathname, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
  for (const l of await page.$$eval('a[href]', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, hreflang: a.getAttribute('hreflang') })))) links.push({ from: path, ...l });

  expect.soft(await axe(page), 'axe, light').toEqual([]);

  // Keyboard, from the page as loaded (nothing focused yet): Tab reaches every interactive
  // element, and each shows its focus.
  const reachable = await page.$$eval('a[href], button, summary, [tabindex="0"], input, select, textarea', (els) =>
    // Content of a closed <details> is not reachable until its summary opens it.
    els.filter((e) => ((e as HTMLElement).offsetParent !== null || e.classList.contains('skip-link')) && (e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))).length,
  );
  const seen = new Set<string>();
  let unfocusedStyle = 0;
  for (let i = 0; i < reachable + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) path.unshift(`${n.tagName}:${Array.from(n.parentElement?.children ?? []).indexOf(n)}`);
      return { key: path.join('/'), visible };
    });
    if (!info) continue;
    seen.add(info.key);
    if (!info.visible) unfocusedStyle++;
  }
  expect.soft(seen.size, 'elements reached by Tab').toBeGreaterThanOrEqual(reachable);
  expect.soft(unfocusedStyle, 'focused elements without a visible focus').toBe(0);

  // The search page searches under its policy (Pagefind's WebAssembly and worker).
  if (pageKindOf(path) === 'search') {
    await page.fill('#search-q', path.startsWith('/en/') ? 'budget' : 'ბიუჯეტი');
    await page.waitForSelector('[data-results] li');
  }
  expect.soft(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP violations').toEqual([]);
  expect.soft(problems, 'console errors and failed requests').toEqual([]);
  expect.soft(foreign, 'requests to another origin').toEqual([]);
  return { charts, page, context };
}

/**
 * The page's style rules under `prefers-color-scheme: dark`: how many, and the declarations
 * among them that are not custom properties (there must be none).
 */
const darkOnlyRecolours = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    let darkRules = 0;
    const walk = (rules: CSSRuleList, dark: boolean) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule) walk(rule.cssRules, dark || /prefers-color-scheme:\s*dark/.test(rule.conditionText));
        else if (rule instanceof CSSStyleRule) {
          if (dark) darkRules++;
          if (dark) for (const name of Array.from(rule.style)) if (!name.startsWith('--')) out.push(`${rule.selectorText} { ${name} }`);
          if (rule.cssRules.length) walk(rule.cssRules, dark);
        } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, dark);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules, /prefers-color-scheme:\s*dark/.test(sheet.media.mediaText));
    return { darkRules, notRecolouring: out };
  });

/**
 * Steps 2 and 3 on the page of step 1 (its cache warm): dark — axe's colour rules, the skip
 * link and the language switch; then 360 px wide, loaded at that width.
 */
async function darkAndNarrowPass(path: string, page: Page, expect: ExpectStatic): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Dark mode only recolours (custom properties), so only axe's colour rules can differ from light.
  const dark = await darkOnlyRecolours(page);
  expect.soft(dark.darkRules, 'the page has a dark scheme').toBeGreaterThan(0);
  expect.soft(dark.notRecolouring, 'dark-scheme rules that set more than custom properties').toEqual([]);
  expect.soft(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme on').toBe(true);
  expect.soft(await axe(page, COLOUR_RULES), 'axe colour rules, dark').toEqual([]);
  // The 404 page has no menu, so nothing to skip, and no language switch.
  if (path !== '/404.html') {
    // From a fresh load: nothing focused yet.
    await page.goto(url(path));
    await page.keyboard.press('Tab');
    expect.soft(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'Tab first reaches the skip link').toBe(true);
    expect.soft(await page.evaluate(() => getComputedStyle(document.activeElement!).top), 'the focused skip link is on screen').not.toBe('-48px');
    await page.keyboard.press('Enter');
    expect.soft(await page.evaluate(() => location.hash), 'the skip link goes to #main').toBe('#main');
    expect.soft(await page.evaluate(() => document.activeElement?.id), 'focus moves to the main content').toBe('main');
  }
  if (pagesOf('ka', pages).includes(path)) {
    await page.click('a.lang-switch');
    expect.soft(new URL(page.url()).pathname, 'language switch to English').toBe(`/en${path}`);
    // Back to the Georgian page, loaded 360 px wide.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.click('a.lang-switch');
    await page.waitForLoadState('networkidle');
    expect.soft(new URL(page.url()).pathname, 'language switch back').toBe(path);
  } else {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url(path), { waitUntil: 'networkidle' });
  }
  expect.soft(await page.evaluate(() => window.innerWidth), 'viewport').toBe(360);
  expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 360 px').toBeLessThanOrEqual(360);
}

/** Step 4: JavaScript off. */
async function noScriptPass(path: string, charts: [string, number][], expect: ExpectStatic): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url(path));
  expect.soft(await chartParts(page), 'charts and tables without JavaScript').toEqual(charts);
  await context.close();
}

describe('every page', () => {
  it('the site has the same pages in Georgian and English', () => {
    const ka = pagesOf('ka', pages);
    const en = pagesOf('en', pages).map((p) => p.replace(/^\/en/, ''));
    expect(ka.length).toBeGreaterThanOrEqual(10);
    expect(en).toEqual(ka);
  });

  it.concurrent.for(pages)('%s: loads cleanly, accessible (light, dark, keyboard), within 360 px, whole without JavaScript', async (path, { expect }) => {
    const { charts, page, context } = await lightPass(path, expect);
    await darkAndNarrowPass(path, page, expect);
    await context.close();
    if (path !== '/404.html') await noScriptPass(path, charts, expect);
    visited.add(path);
  });
});

describe('links across pages', () => {
  it('every internal link and anchor resolves, and stays in the page’s language', () => {
    // Gathered by the pass above: every page must have been read.
    expect([...visited].sort()).toEqual([...pages].sort());
    const origin = new URL(server.url).origin;
    const broken: string[] = [];
    const wrongLanguage: string[] = [];
    for (const l of links) {
      const target = new URL(l.href);
      if (target.origin !== origin) continue;
      // The target must be a file in dist/ (a folder means its index.html), as a static host serves it.
      const file = join(DIST, decodeURIComponent(target.pathname), target.pathname.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) {
        broken.push(`${l.from} → ${l.href} (no such file)`);
        continue;
      }
      if (target.hash && target.pathname.endsWith('/')) {
        if (!ids.get(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${l.from} → ${l.href} (no such anchor)`);
      }
      const fromEn = l.from.startsWith('/en/');
      const toEn = target.pathname.startsWith('/en/');
      const isPage = target.pathname.endsWith('/');
      if (isPage && fromEn !== toEn && !l.hreflang && l.from !== '/404.html') wrongLanguage.push(`${l.from} → ${target.pathname}`);
    }
    expect(links.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    expect(wrongLanguage).toEqual([]);
  });
});
