/**
 * The site as a reader gets it, in real Chromium: the figures of data/ are on the pages,
 * formatted for each language, and printing keeps every chart with its table. The checks that
 * every page owes (loads cleanly, charts with tables, language switch, JavaScript off, 360 px,
 * axe, keyboard, links, privacy, security policy) are in pages.e2e.ts, one pass per page.
 *
 * The expected figures are read from the live data/ (the built site is built from it), so
 * these tests hold after every annual update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeSite, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { formatGel, formatNumber } from '../../src/lib/i18n/format.ts';
import { liveTables } from '../support/fixture-data.ts';

let browser: Browser;
let server: StaticServer;
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const text = (s: string) => s.replace(/\s+/g, ' ');
const tables = liveTables();
const budgets = tables.programs.filter((p) => p.budget_gel !== null);
/** The latest year with counts by service: the home page shows its breakdown (with shares when exact). */
const countedYear = Math.max(...tables.beneficiaries.filter((b) => b.persons !== null).map((b) => b.year));
const counted = tables.programs.find((p) => p.year === countedYear);

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

describe('the figures of data/ on the pages', () => {
  it('the Georgian and English budget pages show every budget as formatted lari', async () => {
    expect(budgets.length).toBeGreaterThanOrEqual(4);
    const page = await browser.newPage();
    for (const locale of ['ka', 'en'] as const) {
      await page.goto(url(locale === 'en' ? '/en/budget/' : '/budget/'));
      const body = text(await page.innerText('body'));
      for (const p of budgets) expect(body, `${p.year}`).toContain(text(formatGel(p.budget_gel!, locale)));
    }
    await page.close();
  });

  it('the home page leads with the latest known value of each measure, with its year and how sure it is, never 0', async () => {
    const budget = [...tables.programs].sort((a, b) => b.year - a.year).find((p) => p.budget_gel !== null)!;
    const persons = [...tables.programs].sort((a, b) => b.year - a.year).find((p) => p.persons_served !== null)!;
    const page = await browser.newPage();
    await page.goto(url('/en/'));
    const stats = text(await page.innerText('.stats'));
    const gel = text(formatGel(budget.budget_gel!, 'en'));
    expect(stats).toContain(budget.budget_comparison === 'at_least' ? `more than ${gel}` : gel);
    expect(stats).toContain(String(budget.year));
    expect(stats).toContain(formatNumber(persons.persons_served!, 'en'));
    expect(stats).toContain(String(persons.year));
    expect(stats).not.toMatch(/Persons served 0\b/);
    await page.goto(url('/'));
    const ka = text(await page.innerText('.stats'));
    expect(ka).toContain(text(formatGel(budget.budget_gel!, 'ka')));
    if (budget.budget_comparison === 'at_least') expect(ka).toContain('-ზე მეტი');
    await page.close();
  });

  it('the English home page shows the latest counted year\'s breakdown by service, with shares when it adds up exactly', async () => {
    expect(counted, 'a program year with counts by service').toBeDefined();
    const page = await browser.newPage();
    await page.goto(url('/en/'));
    const home = text(await page.innerText('body'));
    const exact = counted!.breakdown === 'exact' && counted!.persons_served !== null;
    if (exact) expect(home).toContain(formatNumber(counted!.persons_served!, 'en'));
    const rows = tables.beneficiaries.filter((b) => b.year === countedYear && b.persons !== null);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const count = formatNumber(r.persons!, 'en');
      expect(home).toContain(exact ? `${count} (${((100 * r.persons!) / counted!.persons_served!).toFixed(1)}%)` : count);
    }
    await page.close();
  });
});

describe('printing', () => {
  it.each(['/', '/budget/', '/en/beneficiaries/'])('printing %s shows every chart with its data table', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    await page.emulateMedia({ media: 'print' });
    const heights = await page.$$eval('figure.chart', (fs) => fs.map((f) => Math.min(...Array.from(f.querySelectorAll('table')).map((t) => t.getBoundingClientRect().height))));
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(h).toBeGreaterThan(20);
    await page.close();
  });
});
