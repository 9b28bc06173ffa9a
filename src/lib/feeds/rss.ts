/** The feed of one language as RSS 2.0 (via @astrojs/rss), for src/pages/rss.xml.ts and en/rss.xml.ts. */
import rss from '@astrojs/rss';
import type { Tables } from '../validation/load.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { localizePath } from '../i18n/urls.ts';
import { feedItems, type ReleasePage } from './feed.ts';

/** `releases`: each frozen release's date and version (one item per release, linking its page). */
export function feedResponse(tables: Tables, locale: Locale, site: string, base: string, releases: readonly { date: string; version: string }[] = []): Promise<Response> {
  const pages = new Map<string, ReleasePage>(releases.map((r) => [r.date, { version: r.version, url: new URL(localizePath(`/releases/${r.version}/`, locale, base), site).href }]));
  const home = new URL(localizePath('/', locale, base), site).href;
  const changes = new URL(localizePath('/data/changes/', locale, base), site).href;
  const self = new URL(localizePath('/rss.xml', locale, base), site).href;
  return rss({
    title: `${t(locale, 'feed.title')} — ${t(locale, 'site.name')}`,
    description: t(locale, 'feed.description'),
    site: home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(tables.revisions, locale, changes, pages).map((i) => ({
      title: i.title,
      link: i.link,
      pubDate: i.pubDate,
      description: i.description,
      categories: i.categories,
      customData: `<guid isPermaLink="false">${i.guid}</guid>`,
    })),
  });
}
