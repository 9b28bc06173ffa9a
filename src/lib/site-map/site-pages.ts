/**
 * Every page of the site, once (the same in both languages): its route, its title and, where
 * it has one, its headline figure. The human site map (/sitemap/) lists these, and each gets
 * a social card image (/og/<lang>/<route>.png).
 *
 * A page added to src/pages/ must be added here too: the browser tests check that every
 * built page is on the site map and has its own card.
 */
import type { Tables } from '../validation/load.ts';
import { datasets, slugs } from '../../schemas/index.ts';
import { NAV } from '../nav.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Bilingual, Locale } from '../i18n/locales.ts';
import { t, tf, type StringKey } from '../i18n/strings/index.ts';
import { formatQualified } from '../i18n/qualified.ts';
import { latestYearWithData, latestYearWithPersons, programYears } from '../domain/programs.ts';
import { chartRegistry } from '../charts/registry.ts';
import { isEmbeddable } from '../charts/entry.ts';
import { embedPath } from '../charts/view.ts';

export type PageGroup = 'sections' | 'years' | 'data' | 'tools' | 'embeds';

export interface Headline {
  /** The figure, formatted: "650 000 ₾". */
  value: Bilingual;
  /** What it counts: "Budget, 2018". */
  label: Bilingual;
}

export interface SitePage {
  /** Route path, without language and base: '/budget/'. */
  route: string;
  group: PageGroup;
  title: Bilingual;
  headline: Headline | null;
}

const both = (f: (locale: Locale) => string): Bilingual => ({ ka: f('ka'), en: f('en') });
const key = (k: StringKey): Bilingual => both((l) => t(l, k));

function count(n: number, label: StringKey): Headline {
  return { value: both((l) => formatNumber(n, l)), label: key(label) };
}

function budgetHeadline(year: number, budget: number | null, comparison: string | null): Headline | null {
  // A lower bound stays one on the social card: "more than GEL 500,000".
  return budget === null ? null : { value: both((l) => formatQualified(budget, 'money', comparison, l).text), label: both((l) => tf(l, 'og.budget', { year })) };
}

function personsHeadline(year: number, persons: number, comparison: string | null): Headline {
  return { value: both((l) => formatQualified(persons, 'count', comparison, l).text), label: both((l) => tf(l, 'og.persons', { year })) };
}

/** Every page of the site, in site-map order. */
/** `releases`: the versions of the frozen releases (from releases/), each with its own page. */
export function sitePages(tables: Tables, releases: readonly string[] = []): SitePage[] {
  const latest = latestYearWithData(tables);
  const persons = latestYearWithPersons(tables);
  const latestBudget = latest ? budgetHeadline(latest.year, latest.budget_gel, latest.budget_comparison) : null;
  const sectionHeadlines: Record<string, Headline | null> = {
    '/': latestBudget,
    '/budget/': latestBudget,
    '/beneficiaries/': persons && persons.persons_served !== null ? personsHeadline(persons.year, persons.persons_served, persons.persons_comparison) : null,
    '/services/': count(tables.services.length, 'og.services'),
    '/awareness/': count(tables.trainings.length, 'og.trainings'),
    '/mobility-centres/': count(tables.mobility_centres.length, 'og.centres'),
    '/data/': count(slugs.length, 'og.datasets'),
    '/sources/': count(tables.sources.length, 'og.sources'),
  };
  const sections: SitePage[] = NAV.map((item) => ({ route: item.path, group: 'sections', title: key(item.title), headline: sectionHeadlines[item.path] ?? null }));
  const years: SitePage[] = programYears(tables).map((year) => {
    const p = tables.programs.find((x) => x.year === year);
    return { route: `/years/${year}/`, group: 'years', title: both((l) => tf(l, 'years.yearTitle', { year })), headline: budgetHeadline(year, p?.budget_gel ?? null, p?.budget_comparison ?? null) };
  });
  const data: SitePage[] = [
    ...slugs.map((slug): SitePage => ({ route: `/data/${slug}/`, group: 'data', title: datasets[slug].title, headline: count(tables[slug].length, 'og.rows') })),
    { route: '/data/changes/', group: 'data', title: key('data.changes'), headline: count(tables.revisions.length, 'og.revisions') },
    { route: '/releases/', group: 'data', title: key('releases.title'), headline: null },
    ...releases.map((version): SitePage => ({ route: `/releases/${version}/`, group: 'data', title: both((l) => tf(l, 'releases.version', { version })), headline: null })),
  ];
  const tools: SitePage[] = [
    { route: '/search/', group: 'tools', title: key('search.title'), headline: null },
    { route: '/sitemap/', group: 'tools', title: key('sitemap.title'), headline: null },
    { route: '/update/', group: 'tools', title: key('update.title'), headline: null },
  ];
  const embeds: SitePage[] = chartRegistry(tables).filter(isEmbeddable).map((c) => ({ route: embedPath(c.id, 'ka'), group: 'embeds', title: c.slice.title, headline: null }));
  return [...sections, ...years, ...data, ...tools, ...embeds];
}

/** Pages that get a social card: all but the embeds (which are not shared as pages). */
export function cardPages(tables: Tables, releases: readonly string[] = []): SitePage[] {
  return sitePages(tables, releases).filter((p) => p.group !== 'embeds');
}

/** The file name of a route's card: '/' → 'index', '/years/2017/' → 'years/2017'. */
export function cardName(route: string): string {
  return route.replace(/^\/+|\/+$/g, '') || 'index';
}

/** Where a page's social card is published: /og/<lang>/<name>.png under the base. */
export function cardPath(route: string, locale: Locale, base = '/'): string {
  return `${base}og/${locale}/${cardName(route)}.png`;
}


/**
 * Whether a page has a social card of its own, from its route alone (the layout knows the
 * route, not the data): the sections, year pages, dataset pages and tools. A unit test keeps
 * this in step with `cardPages`.
 */
export function hasOwnCard(route: string): boolean {
  if (NAV.some((item) => item.path === route)) return true;
  if (/^\/years\/\d{4}\/$/.test(route)) return true;
  if (/^\/releases\/\d+\.\d+\.\d+\/$/.test(route)) return true;
  if (['/data/changes/', '/releases/', '/search/', '/sitemap/', '/update/'].includes(route)) return true;
  const slug = /^\/data\/([a-z_]+)\/$/.exec(route)?.[1];
  return slug !== undefined && (slugs as readonly string[]).includes(slug);
}
