/**
 * The site map for people (/sitemap/): every page of the site in the reader's language, grouped
 * as the menu groups them, and the feeds. (The one for search engines is sitemap-index.xml, made
 * by @astrojs/sitemap.)
 */
import { t, type StringKey } from '../i18n/strings/index.ts';
import { localizePath } from '../i18n/urls.ts';
import { sitePages, type PageGroup } from '../site-map/site-pages.ts';
import type { RouteContext } from './context.ts';

/** The groups in the order the page shows them, each under its heading. */
const GROUPS: { group: PageGroup; key: StringKey }[] = [
  { group: 'sections', key: 'sitemap.sections' },
  { group: 'years', key: 'sitemap.years' },
  { group: 'data', key: 'sitemap.data' },
  { group: 'embeds', key: 'share.embedList' },
  { group: 'tools', key: 'sitemap.tools' },
];

export interface SitemapLink {
  href: string;
  text: string;
}

export interface SitemapGroup {
  /** The heading's id: sitemap-<group>. */
  id: string;
  heading: string;
  links: SitemapLink[];
}

/** The groups of links, each page's link in `ctx.locale`; the tools end with the feed and the XML site map. */
export function sitemapModel(ctx: RouteContext, releases: readonly string[]): SitemapGroup[] {
  const { tables, locale, base } = ctx;
  const pages = sitePages(tables, releases);
  const link = (route: string, text: string): SitemapLink => ({ href: localizePath(route, locale, base), text });
  const feeds: SitemapLink[] = [link('/rss.xml', t(locale, 'sitemap.feed')), { href: `${base}sitemap-index.xml`, text: t(locale, 'sitemap.xml') }];
  return GROUPS.map(({ group, key }) => ({
    id: `sitemap-${group}`,
    heading: t(locale, key),
    links: [...pages.filter((p) => p.group === group).map((p) => link(p.route, p.title[locale])), ...(group === 'tools' ? feeds : [])],
  }));
}
