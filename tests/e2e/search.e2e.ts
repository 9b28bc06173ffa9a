/**
 * Search recall in Chromium, through the real search page (its form, its stemming, Pagefind):
 * for each (query, expected page) pair a reader might type — Georgian case forms and plurals,
 * two-word queries, numbers written "590000", "590 000" or "590,000", English words — the
 * expected page must be among the first five results for at least 95 % of the pairs.
 *
 * The expected pages are the site's own sections and the figures are past years' (the 2017
 * budget), which an annual update adds to but never removes, so the set holds on live data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeSite, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

/** [query, the page it must find] — Georgian pages at /, English under /en/. */
export const KA: [string, string][] = [
  ['ბათუმში', '/mobility-centres/'],
  ['ბათუმი', '/mobility-centres/'],
  ['ქუთაისში', '/mobility-centres/'],
  ['თელავში', '/mobility-centres/'],
  ['თბილისში', '/mobility-centres/'],
  ['მობილურობის ცენტრებში', '/mobility-centres/'],
  ['მობილურობის ცენტრი', '/mobility-centres/'],
  ['ბიუჯეტში', '/budget/'],
  ['ბიუჯეტი', '/budget/'],
  ['ბიუჯეტის ცვლილება', '/budget/'],
  ['ბიუჯეტით', '/budget/'],
  ['590000', '/budget/'],
  ['590 000', '/budget/'],
  ['650 000 ლარი', '/budget/'],
  ['ტრენინგებში', '/awareness/'],
  ['ტრენინგები', '/awareness/'],
  ['ტრენინგზე', '/awareness/'],
  ['ცნობიერების ამაღლება', '/awareness/'],
  ['ცნობიერების ამაღლებაზე', '/awareness/'],
  ['ბენეფიციარებს', '/beneficiaries/'],
  ['ბენეფიციარები სერვისებით', '/beneficiaries/'],
  ['ბენეფიციართა', '/beneficiaries/'],
  ['სამედიცინო დახმარება', '/services/'],
  ['სამედიცინო დახმარებაზე', '/services/'],
  ['დროებითი საცხოვრისი', '/services/'],
  ['დროებით საცხოვრისში', '/services/'],
  ['იურიდიული დახმარება', '/services/'],
  ['ანაზღაურებადი სტაჟირება', '/services/'],
  ['სტაჟირებაზე', '/services/'],
  ['საშემოსავლო პროექტები', '/services/'],
  ['ლიცენზია', '/about/'],
  ['ლიცენზიით', '/about/'],
  ['შეცდომის შეტყობინება', '/about/'],
  ['მეთოდოლოგია', '/sources/'],
  ['მეთოდოლოგიის', '/sources/'],
  ['გამოთვლილი მონაცემები', '/sources/'],
  ['ღია მონაცემები', '/data/'],
  ['2017 წლის პროგრამა', '/years/2017/'],
  ['ვის შეუძლია მიმართოს', '/help/'],
];
export const EN: [string, string][] = [
  ['Batumi', '/en/mobility-centres/'],
  ['Kutaisi', '/en/mobility-centres/'],
  ['Telavi', '/en/mobility-centres/'],
  ['mobility centres', '/en/mobility-centres/'],
  ['mobility centre', '/en/mobility-centres/'],
  ['budget', '/en/budget/'],
  ['budgets', '/en/budget/'],
  ['budget change', '/en/budget/'],
  ['590000', '/en/budget/'],
  ['590,000', '/en/budget/'],
  ['590 000', '/en/budget/'],
  ['trainings', '/en/awareness/'],
  ['awareness raising', '/en/awareness/'],
  ['beneficiaries by service', '/en/beneficiaries/'],
  ['medical assistance', '/en/services/'],
  ['temporary housing', '/en/services/'],
  ['paid internships', '/en/services/'],
  ['legal aid', '/en/services/'],
  ['licence', '/en/about/'],
  ['reporting an error', '/en/about/'],
  ['methodology', '/en/sources/'],
  ['derived figures', '/en/sources/'],
  ['open data', '/en/data/'],
  ['2017 program', '/en/years/2017/'],
  ['who can apply', '/en/help/'],
];

/** The first five result paths for a query, typed into the search page as a reader would. */
async function top5(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.click('button[type="submit"]');
  // The status names the query in quotes (Georgian „…“, English “…”) once its results are shown.
  await page.waitForFunction((q) => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return status.includes(`„${q}“`) || status.includes(`“${q}”`);
  }, query.trim());
  return page.$$eval('[data-results] li > a', (as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search recall@5', () => {
  it('has at least 60 pairs in both languages', () => {
    expect(KA.length + EN.length).toBeGreaterThanOrEqual(60);
    expect(Math.min(KA.length, EN.length)).toBeGreaterThanOrEqual(20);
  });

  it('finds the expected page in the first five results for at least 95 % of the queries', async () => {
    const misses: string[] = [];
    for (const [lang, pairs] of [['ka', KA], ['en', EN]] as const) {
      const page = await browser.newPage();
      await page.goto(new URL(lang === 'en' ? 'en/search/' : 'search/', server.url).href);
      for (const [q, expected] of pairs) {
        const got = await top5(page, q);
        if (!got.includes(expected)) misses.push(`${q} → ${expected}; got ${got.join(', ') || 'nothing'}`);
      }
      await page.close();
    }
    const total = KA.length + EN.length;
    const recall = (total - misses.length) / total;
    console.log(`search recall@5: ${(recall * 100).toFixed(1)} % (${total - misses.length}/${total})${misses.length ? `\n- ${misses.join('\n- ')}` : ''}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('the Georgian search page speaks Georgian', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('search/', server.url).href);
    const text = await page.evaluate(() => [document.querySelector('label[for="search-q"]')?.textContent, document.querySelector('button[type="submit"]')?.textContent, document.querySelector('[data-search]')?.getAttribute('data-none')].join(' '));
    expect(text).toMatch(/[\u10D0-\u10FF]/u);
    expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    await page.close();
  });
});
