/**
 * The release calendar: data/release_calendar.csv validated by its schema
 * (src/schemas/release_calendar.ts), checked against the frozen releases, and written as an
 * iCalendar file (RFC 5545) a reader can subscribe to.
 */
import type { Dataset, RowOf } from '../../schemas/dataset.ts';
import { releaseCalendar } from '../../schemas/release_calendar.ts';
import type { DataIssue } from '../validation/issues.ts';
import { readCsvBytes } from '../validation/read-csv.ts';
import { validateTable } from '../validation/validate.ts';
import type { Manifest } from './manifest.ts';

export type CalendarRow = RowOf<(typeof releaseCalendar)['columns']>;

export const CALENDAR_FILE = 'release_calendar.csv';

/** Reads and validates the calendar; `shown` names the file in errors (`data/release_calendar.csv`). */
export function readCalendar(bytes: Uint8Array | undefined, shown: string): { rows: CalendarRow[]; issues: DataIssue[] } {
  const read = readCsvBytes(bytes, shown);
  if ('issues' in read) return { rows: [], issues: read.issues };
  const { rows, issues } = validateTable(releaseCalendar as unknown as Dataset<(typeof releaseCalendar)['columns']>, read.table, shown);
  return { rows: rows.map((r) => r.value), issues: [...issues, ...duplicateIds(rows, shown)] };
}

function duplicateIds(rows: readonly { row: number; value: CalendarRow }[], file: string): DataIssue[] {
  const seen = new Set<string>();
  return rows.flatMap(({ row, value }) => {
    if (!seen.has(value.entry_id)) {
      seen.add(value.entry_id);
      return [];
    }
    return [{ severity: 'error' as const, file, row, column: 'entry_id', code: 'duplicate_key', expected: { en: 'an entry_id used once', ka: 'entry_id, რომელიც ერთხელ გვხვდება' }, found: value.entry_id }];
  });
}

/**
 * Rules across the calendar and releases/: a row marked published names a frozen release
 * with the same date, and every frozen release has its published row.
 */
export function calendarIssues(rows: readonly CalendarRow[], releases: readonly Manifest[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  rows.forEach((r, i) => {
    const row = i + 2;
    if (r.status !== 'published' || !r.version) return;
    const m = releases.find((x) => x.version === r.version);
    if (!m)
      issues.push({ severity: 'error', file, row, column: 'version', code: 'unknown_release', expected: { en: 'the version of a frozen release in releases/ (npm run release makes one)', ka: 'releases/ საქაღალდეში არსებული ვერსიის ნომერი (მას npm run release ქმნის)' }, found: r.version });
    else if (m.date !== r.date)
      issues.push({ severity: 'error', file, row, column: 'date', code: 'release_date', expected: { en: `the date of release ${m.version}: ${m.date}`, ka: `${m.version} ვერსიის თარიღი: ${m.date}` }, found: r.date });
  });
  for (const m of releases)
    if (!rows.some((r) => r.status === 'published' && r.version === m.version))
      issues.push({ severity: 'error', file, code: 'release_not_in_calendar', expected: { en: `a published row for release ${m.version} (${m.date})`, ka: `გამოქვეყნებული ვერსიის ${m.version} (${m.date}) სტრიქონი` }, found: 'none' });
  return issues;
}

/** The next planned release (provisional, confirmed or postponed, not yet published), or null. */
export function nextPlanned(rows: readonly CalendarRow[]): CalendarRow | null {
  const planned = rows.filter((r) => r.status === 'provisional' || r.status === 'confirmed' || r.status === 'postponed');
  return [...planned].sort((a, b) => (a.date < b.date ? -1 : 1))[0] ?? null;
}

// --- iCalendar (RFC 5545) ---

/** TEXT value escaping (RFC 5545 3.3.11). */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function nextMonthStart(isoMonth: string): string {
  const [y, m] = isoMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export interface IcsSettings {
  /** The site's address, for UIDs and event links. */
  host: string;
  /** Absolute URL of /releases/ (in the calendar's language). */
  releasesUrl: string;
  /** DTSTAMP: when this calendar's data last changed (latest release date), so equal data give equal files. */
  stamp: string;
  locale: 'ka' | 'en';
  title: string;
  labels: { provisional: string; month: string };
}

/**
 * One all-day event per calendar row (a month-only row spans the month and says the day is
 * not yet set). Cancelled rows are STATUS:CANCELLED, provisional ones TENTATIVE.
 */
export function toICalendar(rows: readonly CalendarRow[], s: IcsSettings): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${s.host}//releases//${s.locale.toUpperCase()}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(s.title)}`];
  for (const r of rows) {
    const month = r.date.length === 7;
    const start = month ? `${r.date}-01` : r.date;
    const end = month ? nextMonthStart(r.date) : nextDay(r.date);
    const what = s.locale === 'ka' ? r.what_ka : r.what_en;
    const reason = s.locale === 'ka' ? r.reason_ka : r.reason_en;
    const notes = [what, month ? s.labels.month : null, r.status === 'provisional' ? s.labels.provisional : null, reason].filter(Boolean).join(' ');
    const status = r.status === 'cancelled' ? 'CANCELLED' : r.status === 'provisional' || r.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.entry_id}@${s.host}`,
      `DTSTAMP:${compact(s.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(end)}`,
      `SUMMARY:${escapeText(r.version ? `${s.title} ${r.version}` : s.title)}`,
      `DESCRIPTION:${escapeText(notes)}`,
      `STATUS:${status}`,
      'TRANSP:TRANSPARENT',
      `URL:${s.releasesUrl}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
