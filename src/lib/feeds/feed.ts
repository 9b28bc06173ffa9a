/**
 * The news feed's items: one per data release, that is per date in data/revisions.csv, newest
 * first, listing every change published that day with its reason and status. A feed reader
 * thus shows "Data release, 25 November 2026" once, not one entry per file.
 */
import type { Row } from '../../schemas/index.ts';
import { datasets } from '../../schemas/index.ts';
import { optionLabel } from '../../schemas/options.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { tf } from '../i18n/strings/index.ts';

export interface FeedItem {
  title: string;
  /** Absolute address of the item (the change log, at the release's first change). */
  link: string;
  pubDate: Date;
  /** Plain text: one line per change. */
  description: string;
  /** Stable identifier (not a link). */
  guid: string;
  categories: string[];
}

type Revision = Row<'revisions'>;

/** Revisions grouped by date, newest date first; within a date, in file order. */
export function releases(revisions: readonly Revision[]): { date: string; revisions: Revision[] }[] {
  const byDate = new Map<string, Revision[]>();
  for (const r of revisions) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  return [...byDate].sort(([a], [b]) => b.localeCompare(a)).map(([date, revisions]) => ({ date, revisions }));
}

const statusLabel = (v: Revision['status'], locale: Locale) => optionLabel(datasets.revisions.columns.status, v)[locale];

/** One line about one change: "Programs: First publication. Launch of the open-data site. (final)". */
export function changeLine(r: Revision, locale: Locale): string {
  const where = [datasets[r.dataset].title[locale], r.row_key, r.column].filter(Boolean).join(' · ');
  const change = r[`change_${locale}`];
  const reason = r[`reason_${locale}`];
  return `${where}: ${change} ${reason} (${statusLabel(r.status, locale)})`;
}

/** A frozen release on a date: its version and the absolute address of its page. */
export interface ReleasePage {
  version: string;
  url: string;
}

/**
 * The feed items in `locale`. `changesUrl` is the absolute address of the change log page in
 * that language (/data/changes/), whose rows carry each revision's id as their anchor. A date
 * with a frozen release (`releasePages`, by date) names its version and links its page.
 */
export function feedItems(revisions: readonly Revision[], locale: Locale, changesUrl: string, releasePages: ReadonlyMap<string, ReleasePage> = new Map()): FeedItem[] {
  return releases(revisions).map(({ date, revisions: rs }) => ({
    title: releasePages.has(date)
      ? tf(locale, 'releases.feedTitle', { version: releasePages.get(date)!.version, date: formatPartialDate(date, locale) })
      : tf(locale, 'feed.release', { date: formatPartialDate(date, locale) }),
    link: releasePages.get(date)?.url ?? `${changesUrl}#${rs[0]!.revision_id}`,
    pubDate: new Date(`${date}T00:00:00Z`),
    description: [tf(locale, 'feed.releaseCount', { count: rs.length }), ...rs.map((r) => `• ${changeLine(r, locale)}`)].join('\n'),
    guid: `release-${date}`,
    categories: [...new Set(rs.map((r) => datasets[r.dataset].title[locale]))],
  }));
}
