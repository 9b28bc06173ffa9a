/**
 * Made for phones (issue 16), measured in Chromium against dist/: on a 360 × 640 screen the
 * menu shows every item without sideways scrolling and marks the current page; the home page
 * answers before any scroll (the latest budget and persons served, each with its year and
 * certainty, and a way to the chart); the sources under a figure are no taller than the figure;
 * no table hides a column without a cue; every chart's text is 12 px or more and unclipped at
 * 360 and 1280 px, on its page, in its embed and in its image; and the home, budget and a year
 * page print without a near-blank page and with their source addresses.
 *
 * One page per template for chart text, every chart id at least once (from the registry). The
 * expected figures come from the live data through the home page's route model, so the test
 * holds after the annual update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeSite, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { liveTables } from '../support/fixture-data.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { isDrawn, isEmbeddable } from '../../src/lib/charts/entry.ts';
import { homeHeadline } from '../../src/lib/routes/home-headline.ts';
import { MENU } from '../../src/lib/nav.ts';
import { t } from '../../src/lib/i18n/strings/index.ts';

let browser: Browser;
let server: StaticServer;
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const tables = liveTables();
const charts = chartRegistry(tables);
const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(async () => {
  for (const c of contexts.values()) await (await c).close();
  await closeSite(browser, server);
});

/**
 * One browser context per screen size and script setting, reused: a new context per page cost
 * the browser about half a second each. Each page is loaded fresh in it ('load', then its fonts:
 * what is measured is laid out in the web font).
 */
const contexts = new Map<string, Promise<BrowserContext>>();
async function open(path: string, viewport = PHONE, javaScriptEnabled = true): Promise<Page> {
  const key = `${viewport.width}x${viewport.height} ${javaScriptEnabled}`;
  if (!contexts.has(key)) contexts.set(key, browser.newContext({ viewport, javaScriptEnabled }));
  const page = await (await contexts.get(key)!).newPage();
  await page.goto(url(path));
  await fontsReady(page);
  return page;
}
const close = (page: Page) => page.close();
/** Without scripts, document.fonts cannot be read: wait for 'load' only (fonts are fetched by then). */
const fontsReady = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
/**
 * The same document laid out at another screen size. No script of the site reads the width
 * (the menu is a <details>, tables scroll in CSS), so this is what loading it at that size gives.
 */
async function resize(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await fontsReady(page);
}

describe('the menu on a 360 px phone', () => {
  it.each([
    ['/', '/', true],
    ['/en/budget/', '/budget/', true],
    // A section merged into another: its page marks the item that stands for it.
    ['/services/', '/beneficiaries/', false],
  ])('%s: every item shows without sideways scrolling, and the current one is marked (with and without JavaScript)', async (path, currentPath, js) => {
    const locale = path.startsWith('/en/') ? 'en' : 'ka';
    const page = await open(path, PHONE, js);
    const summary = page.locator('nav .menu > summary');
    // Closed, the menu's one line names the section the reader is in.
    expect(await summary.isVisible()).toBe(true);
    const current = MENU.find((m) => m.path === currentPath)!;
    expect(text(await summary.innerText())).toContain(t(locale, current.key));
    expect((await summary.boundingBox())!.y + (await summary.boundingBox())!.height, 'the menu line is on the first screen').toBeLessThanOrEqual(PHONE.height);
    // Keyboard: Tab reaches the summary, Enter opens it.
    await summary.focus();
    await page.keyboard.press('Enter');
    const items = await page.$$eval('nav .menu li a', (as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return { href: a.getAttribute('href'), current: a.getAttribute('aria-current'), left: r.left, right: r.right, width: r.width, text: a.textContent?.trim() };
      }),
    );
    expect(items.map((i) => i.text)).toEqual(MENU.map((m) => t(locale, m.key)));
    for (const i of items) {
      expect(i.width, `${i.text} is shown`).toBeGreaterThan(0);
      expect(i.left, `${i.text} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(i.right, `${i.text} ends on screen`).toBeLessThanOrEqual(PHONE.width);
    }
    const marked = items.filter((i) => i.current);
    expect(marked.map((i) => i.text)).toEqual([t(locale, current.key)]);
    expect(marked[0]!.current).toBe(path.replace(/^\/en/, '') === currentPath ? 'page' : 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(PHONE.width);
    await close(page);
  });

  it('on a desktop every item is shown at once, without opening anything', async () => {
    const page = await open('/en/', DESKTOP);
    expect(await page.locator('nav .menu > summary').isVisible()).toBe(false);
    const shown = await page.$$eval('nav .menu li a', (as) => as.filter((a) => a.getBoundingClientRect().width > 0 && a.getBoundingClientRect().bottom < 400).length);
    expect(shown).toBe(MENU.length);
    await close(page);
  });
});

describe('the first screen of the home page answers', () => {
  it.each(['ka', 'en'] as const)('%s: the latest budget and persons served, each with its year and certainty, and a way to the chart, show on a 360 × 640 screen before any scroll', async (locale) => {
    const headline = homeHeadline(tables, locale);
    const page = await open(locale === 'en' ? '/en/' : '/');
    const stats = await page.$$eval('.stats > .stat', (ss) =>
      ss.map((s) => {
        const box = (sel: string) => {
          const e = s.querySelector(sel);
          return e ? { text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(), bottom: e.getBoundingClientRect().bottom } : null;
        };
        return { label: box('dt'), value: box('.value'), note: box('.note'), more: box('.more a') };
      }),
    );
    for (const measure of ['budget', 'persons'] as const) {
      const h = headline.find((x) => x.measure === measure);
      expect(h, `data/ has a ${measure}`).toBeDefined();
      const s = stats.find((x) => x.label?.text === h!.label)!;
      expect(s, h!.label).toBeDefined();
      expect(s.value!.text).toBe(text(h!.value));
      // The year and how sure the figure is ("more than", "exact"…) stand with it.
      expect(s.note!.text).toBe(text(h!.note));
      expect(s.note!.text).toContain(String(h!.year));
      for (const part of [s.label!, s.value!, s.note!]) expect(part.bottom, `${h!.label}: "${part.text}" above the fold`).toBeLessThanOrEqual(PHONE.height);
      expect(s.more, `${h!.label}: a link to its chart`).not.toBeNull();
    }
    const budgetLink = stats.find((x) => x.label?.text === headline[0]!.label)!.more!;
    expect(budgetLink.bottom, 'the way to the chart is above the fold').toBeLessThanOrEqual(PHONE.height);
    expect(await page.$eval('.stat .more a', (a) => document.querySelector(a.getAttribute('href')!)?.tagName), 'the link leads to the chart').toBe('FIGURE');
    await close(page);
  });
});

/** Height of each figure and of the sources under it: headline boxes and charts. */
const figureAndSources = (page: Page) =>
  page.evaluate(() => {
    const h = (e: Element | null) => (e ? e.getBoundingClientRect().height : 0);
    return [
      ...Array.from(document.querySelectorAll('.stat')).map((s) => ({ what: s.querySelector('dt')?.textContent ?? '', figure: h(s.querySelector('.value')), sources: h(s.querySelector('.sources-disclosure')) })),
      ...Array.from(document.querySelectorAll('figure.chart')).map((f) => ({ what: f.id, figure: h(f.querySelector('.chart-body svg:not([style*="none"]), .chart-body .map-chart, .service-matrix')), sources: h(f.querySelector('.chart-sources')) })),
    ].filter((x) => x.sources > 0 && x.figure > 0);
  });

describe('tables, sources and chart text at 360 and 1280 px', () => {
  const drawn = charts.filter(isDrawn).map((c) => c.id);
  const measured = new Set<string>();
  const pagesOfCharts = [...new Set(charts.map((c) => c.page))];

  it.each(pagesOfCharts.flatMap((p) => [[p, 'ka'], [p, 'en']] as const))('%s (%s): chart text is 12 px or more and unclipped; sources no taller than their figure; no table hides a column without a cue', async (route, locale) => {
    const path = locale === 'en' ? `/en${route}` : route;
    const page = await open(path, PHONE);
    // Every chart's data table is measured too: open them.
    await page.evaluate(() => document.querySelectorAll('figure.chart details.chart-data').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    for (const viewport of [PHONE, DESKTOP]) {
      await resize(page, viewport);
      const r = await page.evaluate(chartText);
      for (const f of r.figures) measured.add(f);
      expect(r.small, `${path} at ${viewport.width}: text under 12 px`).toEqual([]);
      expect(r.clipped, `${path} at ${viewport.width}: clipped text`).toEqual([]);
      expect(r.pageWidth, `${path} at ${viewport.width}: no sideways scroll`).toBeLessThanOrEqual(viewport.width);
      if (viewport === PHONE) {
        expect(r.hiddenColumns, `${path}: tables wider than their box without a cue`).toEqual([]);
        for (const s of await figureAndSources(page)) expect(s.sources, `${path} ${s.what}: sources no taller than the figure`).toBeLessThanOrEqual(s.figure);
      }
    }
    await close(page);
  });

  it('the home page at 360 px: sources no taller than each headline figure and chart; its tables give a cue', async () => {
    const page = await open('/');
    const pairs = await figureAndSources(page);
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const s of pairs) expect(s.sources, `${s.what}: sources no taller than the figure`).toBeLessThanOrEqual(s.figure);
    await page.evaluate(() => document.querySelectorAll('details.chart-data').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect((await page.evaluate(chartText)).hiddenColumns).toEqual([]);
    await close(page);
  });

  it.each([['/data/programs/'], ['/years/']])('%s at 360 px: no table hides a column without a cue', async (path) => {
    const page = await open(path);
    const r = await page.evaluate(chartText);
    expect(r.tables).toBeGreaterThan(0);
    expect(r.hiddenColumns).toEqual([]);
    expect(r.small).toEqual([]);
    await close(page);
  });

  // Embeds and images are small pages: three at a time (vitest.e2e.config.ts).
  it.concurrent.for(charts.filter(isEmbeddable).flatMap((c) => [[c.id, 'ka'], [c.id, 'en']] as const))('embed of %s (%s): text 12 px or more and unclipped at 360 and 1280 px', async ([id, locale], { expect }) => {
    const page = await open(`${locale === 'en' ? '/en' : ''}/embed/${id}/`, PHONE);
    for (const viewport of [PHONE, DESKTOP]) {
      await resize(page, viewport);
      const r = await page.evaluate(chartText);
      expect(r.small, `${id} at ${viewport.width}`).toEqual([]);
      expect(r.clipped, `${id} at ${viewport.width}`).toEqual([]);
    }
    await close(page);
  });

  it.concurrent.for(drawn.flatMap((id) => [[id, 'ka'], [id, 'en']] as const))('image of %s (%s): text 12 px or more (24 in the PNG, drawn at twice the size), inside the picture', async ([id, locale], { expect }) => {
    // The PNG is this SVG drawn by sharp at twice its size (src/lib/images/png.ts).
    const page = await open(`/charts/${id}.${locale}.svg`, DESKTOP);
    const r = await page.evaluate(() => {
      const svg = document.documentElement as unknown as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      const out = { small: [] as string[], clipped: [] as string[], texts: 0 };
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        if (!t.textContent?.trim()) continue;
        out.texts++;
        const size = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
        if (size < 12 - 0.05) out.small.push(`${t.textContent} ${size.toFixed(1)} px`);
        const b = t.getBoundingClientRect();
        if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1) out.clipped.push(t.textContent);
      }
      return out;
    });
    expect(r.texts).toBeGreaterThan(3);
    expect(r.small).toEqual([]);
    expect(r.clipped).toEqual([]);
    await close(page);
  });

  it('every chart of the registry was measured on its page', () => {
    // Runs after the page cases above (vitest runs a file's tests in order).
    expect([...measured].sort()).toEqual(expect.arrayContaining(charts.map((c) => c.id).sort()));
  });
});

/**
 * In the page: every text in a chart figure (SVG text at its drawn size, HTML text by its
 * computed size) — under 12 px, or outside its drawing or the screen; every table wider than
 * its box, and whether the box shows a cue (the edge shadow) and keeps its first column in place.
 */
function chartText() {
  const small: string[] = [];
  const clipped: string[] = [];
  const hiddenColumns: string[] = [];
  const figures: string[] = [];
  const shown = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  const scope = Array.from(document.querySelectorAll('figure.chart, main'));
  const roots = document.querySelectorAll('figure.chart').length ? Array.from(document.querySelectorAll('figure.chart')) : scope;
  for (const f of roots) {
    if (f.id) figures.push(f.id);
    for (const svg of Array.from(f.querySelectorAll('svg[role="img"]'))) {
      if (!shown(svg)) continue;
      const box = svg.getBoundingClientRect();
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        if (!t.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).getScreenCTM()?.a ?? 1);
        if (size < 12 - 0.05) small.push(`${f.id}: "${t.textContent}" ${size.toFixed(1)} px`);
        const b = t.getBoundingClientRect();
        if (b.left < Math.max(0, box.left) - 1 || b.right > Math.min(innerWidth, box.right) + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1) clipped.push(`${f.id}: "${t.textContent}"`);
      }
    }
    // HTML text of the figure: titles, notes, tables, legends.
    const walker = document.createTreeWalker(f, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('svg') || !shown(el) || el.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12 - 0.05) small.push(`${f.id}: "${n.textContent.trim().slice(0, 40)}" ${size} px`);
    }
  }
  const tables = Array.from(document.querySelectorAll('main table')).filter(shown);
  for (const table of tables) {
    const box = table.closest('.table-scroll') as HTMLElement | null;
    const name = table.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? table.closest('[id]')?.id ?? 'table';
    if (!box) {
      if (table.getBoundingClientRect().right > innerWidth + 1) hiddenColumns.push(`${name}: wider than the screen, not in a scroll box`);
      continue;
    }
    if (box.scrollWidth <= box.clientWidth + 1) continue;
    const cue = getComputedStyle(box).backgroundImage.includes('radial-gradient');
    const first = table.querySelector('tbody tr > :first-child');
    const sticky = first ? getComputedStyle(first).position === 'sticky' : false;
    if (!cue || !sticky) hiddenColumns.push(`${name}: scrolls (${box.scrollWidth} in ${box.clientWidth} px) with${cue ? '' : 'out'} an edge cue, first column ${sticky ? '' : 'not '}sticky`);
  }
  return { small, clipped, hiddenColumns, figures, tables: tables.length, pageWidth: document.documentElement.scrollWidth };
}

describe('print', () => {
  // A year page with figures and sources: the latest year with a budget.
  const latestYear = Math.max(...tables.programs.filter((p) => p.budget_gel !== null).map((p) => p.year));

  it.each(['/', '/budget/', `/years/${latestYear}/`, '/en/'])('%s prints with no near-blank page, and with its source addresses', async (path) => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const page = await open(path, DESKTOP);
    await page.emulateMedia({ media: 'print' });
    // Every external link prints its address: a source beside its title, any other after it.
    const links = await page.$$eval('main a[href^="http"]', (as) =>
      as
        .filter((a) => a.getBoundingClientRect().width > 0)
        .map((a) => ({ href: a.getAttribute('href')!, shown: a.classList.contains('source-url') ? a.textContent!.trim() : getComputedStyle(a, '::after').content })),
    );
    for (const l of links) expect(l.shown, l.href).toContain(l.href);
    const urls = await page.$$eval('main a.source-url', (as) => as.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.getAttribute('href')!));
    expect(urls.length, 'source addresses printed').toBeGreaterThan(0);

    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const fills: number[] = [];
    let all = '';
    for (let i = 1; i <= doc.numPages; i++) {
      const p = await doc.getPage(i);
      const [, y0, , y1] = p.view as [number, number, number, number];
      const items = (await p.getTextContent()).items.filter((x) => 'str' in x && x.str.trim()) as { str: string; transform: number[]; height: number }[];
      all += items.map((x) => x.str).join('');
      const ys = items.map((x) => x.transform[5]!);
      // Share of the page's printable height (margins apart) that its text spans.
      const printable = y1 - y0 - 2 * (15 / 25.4) * 72;
      fills.push(ys.length ? (Math.max(...ys) - Math.min(...ys) + 12) / printable : 0);
    }
    console.log(`print ${path}: ${doc.numPages} pages, text spans ${fills.map((f) => `${Math.round(f * 100)}%`).join(' ')} of each page`);
    // No page but the last is near-blank (text over less than a quarter of it); the last has text.
    expect(fills.slice(0, -1).filter((f) => f < 0.25), 'near-blank pages').toEqual([]);
    expect(fills.at(-1)!).toBeGreaterThan(0);
    const printed = all.replace(/\s+/g, '');
    for (const u of urls) expect(printed, u).toContain(u.replace(/\s+/g, '').slice(0, 30));
    await close(page);
  });
});
