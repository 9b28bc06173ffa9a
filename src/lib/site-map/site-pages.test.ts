import { formatQualified } from '../i18n/qualified.ts';
import { describe, expect, it } from 'vitest';
import { fixtureTables, liveTables } from '../../../tests/support/fixture-data.ts';
import { NAV } from '../nav.ts';
import { formatGel } from '../i18n/format.ts';
import { cardName, cardPages, cardPath, hasOwnCard, sitePages } from './site-pages.ts';

const tables = fixtureTables();

describe('sitePages', () => {
  const pages = sitePages(tables);
  it('sitePages lists every menu section, year, dataset, the tools and the embeds, each once', () => {
    const routes = pages.map((p) => p.route);
    expect(new Set(routes).size).toBe(routes.length);
    for (const n of NAV) expect(routes).toContain(n.path);
    expect(routes).toEqual(expect.arrayContaining(['/years/2017/', '/data/programs/', '/data/changes/', '/releases/', '/search/', '/sitemap/', '/embed/budget-by-year/']));
  });
  it('sitePages gives every page a title in both languages', () => {
    for (const p of pages) {
      expect(p.title.ka.trim(), p.route).not.toBe('');
      expect(p.title.en.trim(), p.route).not.toBe('');
    }
  });
  it('sitePages leads the budget page with the latest budget and the beneficiaries page with the persons served', () => {
    const budget = pages.find((p) => p.route === '/budget/')!;
    expect(budget.headline).toEqual({ value: { ka: formatGel(650000, 'ka'), en: formatGel(650000, 'en') }, label: { ka: 'ბიუჯეტი, 2018', en: 'Budget, 2018' } });
    expect(pages.find((p) => p.route === '/beneficiaries/')!.headline!.value.en).toBe('248');
    expect(pages.find((p) => p.route === '/about/')!.headline).toBeNull();
  });
});

describe('sitePages on the live data', () => {
  const live = liveTables();
  const pages = sitePages(live);
  it('sitePages has a page for every program year of data/, and a title for it in both languages', () => {
    const years = live.programs.map((p) => p.year);
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) {
      const page = pages.find((p) => p.route === `/years/${y}/`);
      expect(page, `/years/${y}/`).toBeDefined();
      expect(page!.title.ka).toContain(String(y));
      expect(page!.title.en).toContain(String(y));
    }
  });
  it('sitePages leads the budget page with the budget of the latest year that has figures', () => {
    const latest = [...live.programs].sort((a, b) => b.year - a.year).find((p) => p.budget_gel !== null || p.persons_served !== null)!;
    const headline = pages.find((p) => p.route === '/budget/')!.headline;
    if (latest.budget_gel === null) expect(headline).toBeNull();
    // A bounded budget keeps its words on the card ("more than …").
    else expect(headline).toEqual({ value: { ka: formatQualified(latest.budget_gel, 'money', latest.budget_comparison, 'ka').text, en: formatQualified(latest.budget_gel, 'money', latest.budget_comparison, 'en').text }, label: { ka: `ბიუჯეტი, ${latest.year}`, en: `Budget, ${latest.year}` } });
  });
});

describe('cards', () => {
  it('cardPages leaves out the embed pages', () => {
    expect(cardPages(tables).some((p) => p.route.includes('/embed/'))).toBe(false);
  });
  it('cardName and cardPath name a card after its route, per language, under the base', () => {
    expect(cardName('/')).toBe('index');
    expect(cardName('/years/2017/')).toBe('years/2017');
    expect(cardPath('/budget/', 'en', '/reintegration/')).toBe('/reintegration/og/en/budget.png');
  });
});

describe('hasOwnCard', () => {
  it('hasOwnCard is true exactly for the pages that get a card (fixture), and false for the embeds and the 404 page', () => {
    const cards = new Set(cardPages(tables).map((p) => p.route));
    const routes = [...sitePages(tables).map((p) => p.route), '/about/', '/404.html'];
    for (const route of routes) expect(hasOwnCard(route), route).toBe(cards.has(route));
    // The about page is a menu section, so it has its own card; the 404 page and the embeds do not.
    expect(hasOwnCard('/about/')).toBe(true);
    expect(hasOwnCard('/404.html')).toBe(false);
    expect(hasOwnCard('/embed/budget-by-year/')).toBe(false);
    expect(sitePages(tables).filter((p) => p.group === 'embeds').every((p) => !hasOwnCard(p.route))).toBe(true);
  });
  it('hasOwnCard keeps in step with cardPages on the live data too', () => {
    const live = liveTables();
    const cards = new Set(cardPages(live).map((p) => p.route));
    for (const p of sitePages(live)) expect(hasOwnCard(p.route), p.route).toBe(cards.has(p.route));
  });
  it('hasOwnCard is false for a dataset that does not exist', () => {
    expect(hasOwnCard('/data/nope/')).toBe(false);
    expect(hasOwnCard('/data/programs/')).toBe(true);
  });
});
