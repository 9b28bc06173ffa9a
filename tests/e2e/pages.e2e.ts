/**
 * Every built page, in both languages, opened in real Chromium in one pass that checks all a
 * page owes its reader, instead of opening each page once per check. Pages run several at a
 * time (`maxConcurrency` in vitest.e2e.config.ts), on browser pages reused from test to test. Each
 * page is loaded once.
 *
 * Per page:
 * 1. light, desktop, JavaScript on: status 200 and the page's language; no console error,
 *    page error, failed request or HTTP error; no request to another origin; its
 *    Content-Security-Policy (meta) is the one for its kind, allows no inline script, and the
 *    browser reports no violation (the search page also searches); every chart is a figure
 *    with an SVG text alternative (or a visible table), a data table and CSV/JSON links; every
 *    drawn chart offers its embed code, and its embed page exists; axe (WCAG 2.2 A/AA) finds
 *    nothing; from the page as loaded, Tab first reaches the skip link (shown on screen), then
 *    every interactive element, each showing its focus; the skip link, used from the keyboard,
 *    moves focus to the main content. Its links and ids are kept for the link check below.
 * 2. dark (the same page): the dark scheme only recolours (custom properties), and axe's colour
 *    rules (contrast, links in text) find nothing.
 * 3. 360 px wide (the same document, laid out again): nothing overflows horizontally; the
 *    language switch names the same page in the other language.
 * 4. JavaScript off: the page as Chromium parses it with scripting disabled has every chart and
 *    table of step 1.
 * Step 1 also weighs what the page fetched (scripts/lib/page-weight.ts, as `npm run weight`),
 * checked against budgets.json after the pass.
 *
 * Where each check came from (before, one browser page per check and page) is listed in
 * docs/testing.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AXE_PATH, builtPages, closeSite, DIST, openSite, pagesOf } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { runAxe } from '../support/axe.ts';
import { cspViolations, watchCsp } from '../support/browser-watch.ts';
import { fetchedPaths, overBudget, weigh, type Sizes } from '../../scripts/lib/page-weight.ts';
import { contentSecurityPolicy, pageKindOf } from '../../src/lib/security/csp.ts';
import { base, site } from '../../src/site.config.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages();
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const isEmbed = (path: string) => /^\/(en\/)?embed\//.test(path);
const sitePrefix = new URL(base, site).href;

/** What the per-page pass saw, for the checks across pages. */
const ids = new Map<string, Set<string>>();
const links: { from: string; href: string; hreflang: string | null }[] = [];
const visited = new Set<string>();
/** What each page weighs as loaded (HTML, CSS, JS, fonts), for the budgets check. */
const weights = new Map<string, Sizes>();

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

/**
 * axe's rules that read colours. The dark scheme changes only colours (checked on every page
 * by darkOnlyRecolours), so in dark mode these are the only rules whose result can differ from
 * the light run, which runs every WCAG rule.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Browser pages reused from one page test to the next, one per test running at once: a new
 * context and page for each cost about half a second of the browser's time, and a warm cache
 * spares refetching the shared CSS, scripts and fonts. Each test starts from light, desktop
 * size, its own listeners, and a fresh navigation (so nothing focused).
 */
const idlePages: Page[] = [];
async function takePage(): Promise<Page> {
  let page = idlePages.pop();
  if (!page) {
    const context = await browser.newContext({ colorScheme: 'light' });
    await watchCsp(context);
    page = await context.newPage();
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });
  return page;
}

/**
 * Presses Tab `times` times, as a reader's keyboard does: the same key events as Playwright's
 * `keyboard.press('Tab')` (rawKeyDown, then keyUp, through DevTools' Input domain), sent in
 * order without waiting for each to come back. The browser still handles them one by one, in
 * order, and moves focus on each; it only skips drawing a frame between presses, which cost
 * about 0.6 s of the browser's time per page.
 */
async function pressTab(page: Page, times: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  try {
    await Promise.all(
      Array.from({ length: times }, () => [session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }), session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })]).flat(),
    );
  } finally {
    await session.detach();
  }
}

/** The charts of a page: each figure's id and how many SVGs and tables it holds. */
const chartParts = (page: Page) => page.$$eval('figure.chart', (fs) => fs.map((f) => [f.id, f.querySelectorAll('svg, table').length] as [string, number]));

/** Step 1: light, desktop, JavaScript on. Returns the charts (for step 4) and the page, still open. */
async function lightPass(path: string, expect: ExpectStatic): Promise<{ charts: [string, number][]; page: Page }> {
  const page = await takePage();
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

  // 'load', not 'networkidle' (which idles 500 ms more per load): the listeners above stay on
  // until the end of this step, so a request the page makes later is still seen.
  const response = await page.goto(url(path));
  expect.soft(response?.status(), 'status').toBe(200);
  expect.soft(await page.getAttribute('html', 'lang'), 'html lang').toBe(path.startsWith('/en/') ? 'en' : 'ka');
  // Its weight as loaded, before anything the reader does can fetch more (focusing the search
  // field loads Pagefind): its CSS, JS and fonts have all been asked for once the fonts are ready.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  weights.set(path, weigh(DIST, await fetchedPaths(page, origin)));

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

  expect.soft(await runAxe(page, undefined, url(AXE_PATH)), 'axe, light').toEqual([]);

  // Keyboard, from the page as loaded (nothing focused yet): Tab reaches every interactive
  // element, and each shows its focus.
  const reachable = await page.$$eval('a[href], button, summary, [tabindex="0"], input, select, textarea', (els) =>
    // Content of a closed <details> is not reachable until its summary opens it.
    els.filter((e) => ((e as HTMLElement).offsetParent !== null || e.classList.contains('skip-link')) && (e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))).length,
  );
  // Each focus the Tab presses give is recorded in the page as it happens (one read at the end
  // instead of a round trip per press): the element, whether its focus shows, whether it is
  // the skip link, and where that sits.
  await page.evaluate(() => {
    const w = window as unknown as { __focus: ({ key: string; visible: boolean; skipLink: boolean; top: string } | null)[] };
    w.__focus = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      const s = getComputedStyle(el);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) path.unshift(`${n.tagName}:${Array.from(n.parentElement?.children ?? []).indexOf(n)}`);
      w.__focus.push({ key: path.join('/'), visible, skipLink: el.classList.contains('skip-link'), top: s.top });
    });
  });
  await pressTab(page, reachable + 5);
  const focused = await page.evaluate(() => (window as unknown as { __focus: { key: string; visible: boolean; skipLink: boolean; top: string }[] }).__focus);
  // The 404 page has no menu, so nothing to skip.
  if (path !== '/404.html') {
    expect.soft(focused[0]?.skipLink, 'Tab first reaches the skip link').toBe(true);
    expect.soft(focused[0]?.top, 'the focused skip link is on screen').not.toBe('-48px');
  }
  const seen = new Set(focused.map((f) => f.key));
  const unfocusedStyle = focused.filter((f) => !f.visible).length;
  expect.soft(seen.size, 'elements reached by Tab').toBeGreaterThanOrEqual(reachable);
  expect.soft(unfocusedStyle, 'focused elements without a visible focus').toBe(0);
  if (path !== '/404.html') {
    // The skip link, used from the keyboard, moves focus to the main content.
    await page.focus('a.skip-link');
    await page.keyboard.press('Enter');
    expect.soft(await page.evaluate(() => location.hash), 'the skip link goes to #main').toBe('#main');
    expect.soft(await page.evaluate(() => document.activeElement?.id), 'focus moves to the main content').toBe('main');
  }

  // The search page searches under its policy (Pagefind's WebAssembly and worker).
  if (pageKindOf(path) === 'search') {
    await page.fill('#search-q', path.startsWith('/en/') ? 'budget' : 'ბიუჯეტი');
    await page.waitForSelector('[data-results] li');
  }
  expect.soft(await cspViolations(page), 'CSP violations').toEqual([]);
  expect.soft(problems, 'console errors and failed requests').toEqual([]);
  expect.soft(foreign, 'requests to another origin').toEqual([]);
  for (const event of ['console', 'pageerror', 'requestfailed', 'response', 'request'] as const) page.removeAllListeners(event);
  return { charts, page };
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

/** The page's width at 360 px: its scrolling width must not exceed the viewport. */
async function within360(page: Page, label: string, expect: ExpectStatic): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect.soft(await page.evaluate(() => window.innerWidth), `${label}: viewport`).toBe(360);
  expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${label}: page width at 360 px`).toBeLessThanOrEqual(360);
}

/**
 * Steps 2 and 3 on the page of step 1: dark — axe's colour rules; then 360 px wide, the same
 * document laid out again at a phone's width. No script of the site reads the width (the menu
 * is a <details>, the tables scroll in CSS), so this is the page a phone loads, without loading
 * it again. The language switch names the same page in the other language; the link check
 * below proves that page exists.
 */
async function darkAndNarrowPass(path: string, page: Page, expect: ExpectStatic): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  // Dark mode only recolours (custom properties), so only axe's colour rules can differ from light.
  const dark = await darkOnlyRecolours(page);
  expect.soft(dark.darkRules, 'the page has a dark scheme').toBeGreaterThan(0);
  expect.soft(dark.notRecolouring, 'dark-scheme rules that set more than custom properties').toEqual([]);
  expect.soft(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme on').toBe(true);
  expect.soft(await runAxe(page, { rules: COLOUR_RULES }, url(AXE_PATH)), 'axe colour rules, dark').toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await within360(page, path, expect);
  if (path === '/404.html') return;
  const other = path.startsWith('/en/') ? path.slice('/en'.length) : `/en${path}`;
  expect.soft(await page.getAttribute('a.lang-switch', 'href'), 'the language switch names the same page in the other language').toBe(other);
}

/**
 * Step 4: JavaScript off. With scripting off, the page is what Chromium's parser makes of the
 * file as served; DOMParser parses with scripting disabled (so <noscript> content counts, as
 * in a browser without JavaScript). The same charts and tables must be there.
 */
async function noScriptPass(path: string, page: Page, charts: [string, number][], expect: ExpectStatic): Promise<void> {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return Array.from(doc.querySelectorAll('figure.chart')).map((f) => [f.id, f.querySelectorAll('svg, table').length] as [string, number]);
  }, html);
  expect.soft(parsed, 'charts and tables without JavaScript').toEqual(charts);
}

describe('every page', () => {
  it('the site has the same pages in Georgian and English', () => {
    const ka = pagesOf('ka', pages);
    const en = pagesOf('en', pages).map((p) => p.replace(/^\/en/, ''));
    expect(ka.length).toBeGreaterThanOrEqual(10);
    expect(en).toEqual(ka);
  });

  it.concurrent.for(pages)('%s: loads cleanly, accessible (light, dark, keyboard), within 360 px, whole without JavaScript', async (path, { expect }) => {
    const { charts, page } = await lightPass(path, expect);
    if (path !== '/404.html') await noScriptPass(path, page, charts, expect);
    await darkAndNarrowPass(path, page, expect);
    // Leave the page on a blank document first, so what it still had in flight (a favicon)
    // ends here and not in the next test's listeners.
    await page.goto('about:blank');
    idlePages.push(page);
    visited.add(path);
  });
});

describe('page weight', () => {
  it('every page, as loaded in the pass above, is within the budgets of budgets.json (JS, HTML+CSS+JS, fonts, everything)', () => {
    expect([...weights.keys()].sort()).toEqual([...pages].sort());
    // A page that fetched nothing but itself would mean the measure is broken, not that it is light.
    expect([...weights.values()].filter((s) => s.css === 0), 'pages with no stylesheet measured').toEqual([]);
    expect([...weights].flatMap(([page, sizes]) => overBudget(page, sizes))).toEqual([]);
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
