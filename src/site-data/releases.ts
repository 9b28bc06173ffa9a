/**
 * The frozen releases and the release calendar, read once per build. A release folder whose
 * files changed after freezing, or a calendar with an error, stops the build here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calendarIssues, CALENDAR_FILE, readCalendar, toICalendar, type CalendarRow } from '../lib/releases/calendar.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { t } from '../lib/i18n/strings/index.ts';
import { localizePath } from '../lib/i18n/urls.ts';
import { base, site } from '../site.config.ts';
import { loadReleases, type Release } from '../lib/releases/store.ts';
import { DataValidationError, errorsOf } from '../lib/validation/issues.ts';

export interface ReleaseData {
  releases: Release[];
  calendar: CalendarRow[];
}

let cached: ReleaseData | undefined;

export function getReleases(): ReleaseData {
  if (cached) return cached;
  const releases = loadReleases(resolve(process.env.RELEASES_DIR || 'releases'));
  const dataDir = resolve(process.env.DATA_DIR || 'data');
  let bytes: Uint8Array | undefined;
  try {
    bytes = new Uint8Array(readFileSync(join(dataDir, CALENDAR_FILE)));
  } catch {
    bytes = undefined;
  }
  // A data folder without a calendar (the frozen test fixtures) plans nothing; the live data/
  // has one (a unit test requires it), and then it must be valid and agree with releases/.
  const shown = `data/${CALENDAR_FILE}`;
  const { rows, issues } = bytes ? readCalendar(bytes, shown) : { rows: [], issues: [] };
  const all = [...issues, ...(!bytes || errorsOf(issues).length ? [] : calendarIssues(rows, releases.map((r) => r.manifest), shown))];
  if (errorsOf(all).length) throw new DataValidationError(all);
  if (releases.length === 0) throw new Error('releases/ holds no release: make the first with npm run release');
  cached = { releases, calendar: rows };
  return cached;
}

/** The calendar file in one language. */
export function releasesIcs(locale: Locale): string {
  const { releases, calendar } = getReleases();
  return toICalendar(calendar, {
    host: new URL(site).host,
    releasesUrl: new URL(localizePath('/releases/', locale, base), `${site}/`).href,
    stamp: releases.at(-1)!.manifest.date,
    locale,
    title: t(locale, 'releases.calendarTitle'),
    labels: { provisional: t(locale, 'releases.provisional'), month: t(locale, 'releases.monthOnly') },
  });
}

/** The versions of the frozen releases, oldest first: each has its own page. */
export function releaseVersions(): string[] {
  return getReleases().releases.map((r) => r.manifest.version);
}
