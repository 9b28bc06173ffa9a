/**
 * Models of /releases/ and /releases/<version>/: every frozen release with its date, summary,
 * files and the value-level changes from the one before; the next planned release.
 */
import { datasets, type Slug } from '../../schemas/index.ts';
import { optionLabel } from '../../schemas/options.ts';
import { releaseCalendar } from '../../schemas/release_calendar.ts';
import { nextPlanned, type CalendarRow } from '../releases/calendar.ts';
import type { ChangeReason } from '../releases/diff.ts';
import type { Release } from '../releases/store.ts';
import { CHANGES_NAME, MANIFEST_NAME } from '../releases/manifest.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizePath } from '../i18n/urls.ts';
import { homeUrl } from '../downloads/urls.ts';
import { formatSize } from './data-catalogue.ts';

/** A version as an HTML id fragment (ids take no dots): '1.1.0' → '1-1-0'. */
export function versionId(version: string): string {
  return version.replace(/\./g, '-');
}

/** Site-relative folder of a release's frozen files: `<base>data/releases/<version>/`. */
export function releaseFolder(base: string, version: string): string {
  return `${base}data/releases/${version}/`;
}

/** Absolute permanent address of a frozen file. */
export function releaseFileUrl(site: string, base: string, version: string, file: string): string {
  return new URL(`${releaseFolder(base, version)}${file}`, homeUrl(site, '/')).href;
}

function datasetTitle(slug: string, locale: Locale): string {
  return slug in datasets ? datasets[slug as Slug].title[locale] : slug;
}

function reasonText(r: ChangeReason | null, locale: Locale): string | null {
  return r ? r.reason[locale] || r.change[locale] : null;
}

export interface ChangeLine {
  dataset: string;
  datasetTitle: string;
  kind: 'dataset' | 'column' | 'row' | 'value';
  change: 'added' | 'removed' | 'changed';
  key: string | null;
  column: string | null;
  old: string | null;
  new: string | null;
  reason: string | null;
  revisionId: string | null;
}

/** Every change of a release as lines for one table: datasets, then columns, rows and values. */
export function changeLines(r: Release, locale: Locale): ChangeLine[] {
  const d = r.changes.diff;
  const line = (x: Omit<ChangeLine, 'datasetTitle' | 'reason' | 'revisionId'>, why: ChangeReason | null): ChangeLine => ({
    ...x,
    datasetTitle: datasetTitle(x.dataset, locale),
    reason: reasonText(why, locale),
    revisionId: why?.revision_id ?? null,
  });
  return [
    ...d.datasets.map((x) => line({ dataset: x.dataset, kind: 'dataset', change: x.change, key: null, column: null, old: null, new: null }, x.reason)),
    ...d.columns.map((x) => line({ dataset: x.dataset, kind: 'column', change: x.change, key: null, column: x.column, old: null, new: null }, x.reason)),
    ...d.rows.map((x) => line({ dataset: x.dataset, kind: 'row', change: x.change, key: x.key, column: null, old: null, new: null }, x.reason)),
    ...d.values.map((x) => line({ dataset: x.dataset, kind: 'value', change: 'changed', key: x.key, column: x.column, old: x.old, new: x.new }, x.reason)),
  ];
}

export interface ReleaseView {
  version: string;
  /** The version as an id fragment (no dots). */
  id: string;
  date: string;
  dateText: string;
  summary: string;
  isLatest: boolean;
  previous: string | null;
  pageHref: string;
  folderHref: string;
  counts: { label: 'datasetsAdded' | 'columnsAdded' | 'rowsAdded' | 'valuesChanged' | 'datasetsRemoved' | 'columnsRemoved' | 'rowsRemoved'; n: string }[];
  files: { name: string; href: string; size: string; sha256: string }[];
  datapackageHref: string;
  zipHref: string;
  changesHref: string;
  manifestHref: string;
  changes: ChangeLine[];
}

export function releaseView(r: Release, latest: string, locale: Locale, base: string): ReleaseView {
  const m = r.manifest;
  const folder = releaseFolder(base, m.version);
  const counts = m.counts
    ? (['datasetsAdded', 'datasetsRemoved', 'columnsAdded', 'columnsRemoved', 'rowsAdded', 'rowsRemoved', 'valuesChanged'] as const)
        .filter((k) => m.counts![k] > 0)
        .map((k) => ({ label: k, n: formatNumber(m.counts![k], locale) }))
    : [];
  return {
    version: m.version,
    id: versionId(m.version),
    date: m.date,
    dateText: formatPartialDate(m.date, locale),
    summary: m.summary[locale],
    isLatest: m.version === latest,
    previous: m.previous,
    pageHref: localizePath(`/releases/${m.version}/`, locale, base),
    folderHref: folder,
    counts,
    files: m.files.map((f) => ({ name: f.name, href: `${folder}${f.name}`, size: formatSize(f.bytes, locale), sha256: f.sha256 })),
    datapackageHref: `${folder}datapackage.json`,
    zipHref: `${folder}all-datasets.zip`,
    changesHref: `${folder}${CHANGES_NAME}`,
    manifestHref: `${folder}${MANIFEST_NAME}`,
    changes: changeLines(r, locale),
  };
}

export interface NextRelease {
  when: string;
  what: string;
  status: string;
  reason: string | null;
}

export function nextReleaseView(calendar: readonly CalendarRow[], locale: Locale): NextRelease | null {
  const n = nextPlanned(calendar);
  if (!n) return null;
  return {
    when: formatPartialDate(n.date, locale),
    what: n[`what_${locale}`],
    status: optionLabel(releaseCalendar.columns.status, n.status)[locale],
    reason: n[`reason_${locale}`],
  };
}

/** /releases/: newest first. */
export function releasesModel(releases: readonly Release[], calendar: readonly CalendarRow[], locale: Locale, base: string) {
  const latest = releases.at(-1)!.manifest.version;
  return {
    latest,
    releases: [...releases].reverse().map((r) => releaseView(r, latest, locale, base)),
    next: nextReleaseView(calendar, locale),
    calendar: calendar.map((c) => ({
      id: c.entry_id,
      when: formatPartialDate(c.date, locale),
      version: c.version,
      what: c[`what_${locale}`],
      status: optionLabel(releaseCalendar.columns.status, c.status)[locale],
      reason: c[`reason_${locale}`],
    })),
    icsHref: `${base}releases${locale === 'ka' ? '' : `.${locale}`}.ics`,
    jsonHref: `${base}data/releases.json`,
  };
}

/** /releases/<version>/: the release, and whether a later one replaces it. */
export function releasePageModel(releases: readonly Release[], version: string, locale: Locale, base: string) {
  const r = releases.find((x) => x.manifest.version === version);
  if (!r) throw new Error(`no release ${version}`);
  const latest = releases.at(-1)!;
  return {
    release: releaseView(r, latest.manifest.version, locale, base),
    latest: { version: latest.manifest.version, href: localizePath(`/releases/${latest.manifest.version}/`, locale, base) },
    // What changed since: every later release's page, oldest first.
    later: releases.slice(releases.indexOf(r) + 1).map((x) => ({
      version: x.manifest.version,
      href: `#since-${versionId(x.manifest.version)}`,
      view: releaseView(x, latest.manifest.version, locale, base),
    })),
    indexHref: localizePath('/releases/', locale, base),
  };
}

/** releases.json: versions, dates, files with hashes, change counts. */
export function releasesJson(releases: readonly Release[], site: string, base: string) {
  return {
    latest: releases.at(-1)?.manifest.version ?? null,
    releases: releases.map((r) => ({
      version: r.manifest.version,
      date: r.manifest.date,
      previous: r.manifest.previous,
      bump: r.manifest.bump,
      summary: r.manifest.summary,
      counts: r.manifest.counts,
      changes: releaseFileUrl(site, base, r.manifest.version, CHANGES_NAME),
      files: r.manifest.files.map((f) => ({ ...f, url: releaseFileUrl(site, base, r.manifest.version, f.name) })),
    })),
  };
}
