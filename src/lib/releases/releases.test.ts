/**
 * Releases: version bumps, the value-level diff, manifests and their checks, the calendar and
 * its iCalendar file. Values are asserted on frozen inputs only: the committed releases 1.0.0
 * and 1.1.0 (never rewritten), small tables written here, and tests/fixtures/bad-releases/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { profileErrors } from '../../../tests/support/datapackage-profile.ts';
import { calendarIssues, readCalendar, toICalendar, foldLine, nextPlanned } from './calendar.ts';
import { bumpKind, diffReleases, type RawTables } from './diff.ts';
import { ReleaseIntegrityError } from './manifest.ts';
import { bumpVersion, compareVersions } from './semver.ts';
import { latestRelease, loadReleases } from './store.ts';

const BAD = resolve('tests/fixtures/bad-releases');
const releases = loadReleases();
const byVersion = (v: string) => releases.find((r) => r.manifest.version === v)!;

describe('version numbers', () => {
  it('bumps major, minor and patch; the first release is 1.0.0', () => {
    expect(bumpVersion(null, 'minor')).toBe('1.0.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(() => bumpVersion('1.0', 'patch')).toThrow(/MAJOR.MINOR.PATCH/);
  });
});

describe('the diff between two releases', () => {
  const before: RawTables = {
    programs: { columns: ['year', 'budget_gel'], rows: [{ year: '2017', budget_gel: '590000' }, { year: '2018', budget_gel: '650000' }] },
    revisions: { columns: ['revision_id', 'date', 'dataset', 'row_key', 'column'], rows: [] },
  };
  const keys = { programs: ['year'], revisions: ['revision_id'] };
  const revision = (id: string, row_key: string, column: string) => ({
    revision_id: id, date: '2027-01-10', dataset: 'programs', row_key, column, change_ka: 'შესწორდა', change_en: 'corrected', reason_ka: 'მიზეზი', reason_en: 'the source was corrected',
  });
  const after = (programs: RawTables['programs'], revs: Record<string, string>[] = []): RawTables => ({
    programs: programs!,
    revisions: { columns: ['revision_id', 'date', 'dataset', 'row_key', 'column'], rows: revs },
  });

  it('a corrected value is a patch, with old → new and the reason from revisions.csv', () => {
    const d = diffReleases(before, after({ columns: ['year', 'budget_gel'], rows: [{ year: '2017', budget_gel: '591000' }, { year: '2018', budget_gel: '650000' }] }, [revision('fix-2017', '2017', 'budget_gel')]), keys, '2026-12-02');
    expect(d.values).toEqual([{ dataset: 'programs', key: '2017', column: 'budget_gel', old: '590000', new: '591000', reason: expect.objectContaining({ revision_id: 'fix-2017' }) }]);
    expect(bumpKind(d.counts)).toBe('patch');
  });

  it('a revision dated before the previous release does not explain a later change', () => {
    const d = diffReleases(before, after({ columns: ['year', 'budget_gel'], rows: [{ year: '2017', budget_gel: '1' }, { year: '2018', budget_gel: '650000' }] }, [revision('old', '2017', 'budget_gel')]), keys, '2027-02-01');
    expect(d.values[0]!.reason).toBeNull();
  });

  it('an added row or column is minor; a removed or renamed column is major', () => {
    const added = diffReleases(before, after({ columns: ['year', 'budget_gel'], rows: [...before.programs!.rows, { year: '2019', budget_gel: '' }] }), keys, null);
    expect(added.rows.map((r) => [r.key, r.change])).toEqual([['2019', 'added']]);
    expect(bumpKind(added.counts)).toBe('minor');
    const renamed = diffReleases(before, after({ columns: ['year', 'budget'], rows: before.programs!.rows.map((r) => ({ year: r.year!, budget: r.budget_gel! })) }), keys, null);
    expect(renamed.columns.map((c) => [c.column, c.change])).toEqual([['budget', 'added'], ['budget_gel', 'removed']]);
    expect(bumpKind(renamed.counts)).toBe('major');
    const removedDataset = diffReleases(before, { revisions: before.revisions! }, keys, null);
    expect(bumpKind(removedDataset.counts)).toBe('major');
  });

  it('no change is no release', () => {
    expect(bumpKind(diffReleases(before, before, keys, null).counts)).toBeNull();
  });
});

describe('the committed releases', () => {
  it('1.0.0 is the data of 2026-11-25 recovered from git, and 1.1.0 follows it as a computed minor bump', () => {
    const first = byVersion('1.0.0').manifest;
    expect(first).toMatchObject({ date: '2026-11-25', previous: null, origin: 'git:39261cd79885562586d786cf1fb87ee2560c75c3' });
    const second = byVersion('1.1.0');
    expect(second.manifest).toMatchObject({ date: '2026-12-02', previous: '1.0.0', bump: 'minor' });
    expect(second.manifest.counts).toEqual({ datasetsAdded: 3, datasetsRemoved: 0, columnsAdded: 9, columnsRemoved: 0, rowsAdded: 29, rowsRemoved: 0, valuesChanged: 23 });
    expect(second.changes.diff.datasets.map((d) => d.dataset)).toEqual(['grant_calls', 'grant_results', 'statements']);
    expect(second.changes.diff.values).toContainEqual(expect.objectContaining({ dataset: 'milestones', key: 'call-2022', column: 'figure_qualifier', old: 'about', new: 'up_to', reason: expect.objectContaining({ revision_id: 'call-2022-up-to' }) }));
  });

  it('1.0.0 has no certainty columns and its budget is the 2017 figure as first published', () => {
    const csv = new TextDecoder().decode(byVersion('1.0.0').files.get('programs.csv'));
    expect(csv.split('\n')[0]).not.toContain('budget_comparison');
    expect(csv).toMatch(/^2017,.*590000/m);
  });

  it('each frozen datapackage.json is valid against the Data Package v2 profile, with bytes and sha256 matching the files', () => {
    for (const r of releases) {
      const dp = JSON.parse(new TextDecoder().decode(r.files.get('datapackage.json'))) as { version: string; resources: { path: string; bytes: number; hash: string }[] };
      expect(profileErrors('datapackage', dp), r.manifest.version).toEqual([]);
      expect(dp.version).toBe(r.manifest.version);
      for (const res of dp.resources) {
        const f = r.manifest.files.find((x) => x.name === res.path)!;
        expect(res.bytes).toBe(f.bytes);
        expect(res.hash).toBe(`sha256:${f.sha256}`);
      }
    }
  });

  it('package.json "version" (cited on the site) is the latest release', () => {
    expect(pkg.version).toBe(releases.at(-1)!.manifest.version);
  });

  it('latestRelease() gives the latest release with its tables, for the update desk', () => {
    const latest = latestRelease()!;
    expect(latest.manifest.version).toBe(releases.at(-1)!.manifest.version);
    expect(latest.tables.programs!.columns).toContain('year');
    expect(latest.tables.programs!.rows.length).toBeGreaterThan(0);
  });
});

describe('a frozen release whose files changed is refused', () => {
  it('names the file, the expected and the found sha256', () => {
    const expected = JSON.parse(readFileSync(join(BAD, 'tampered-file/expected.json'), 'utf8')) as { file: string; expected: string; found: string };
    let error: unknown;
    try {
      loadReleases(join(BAD, 'tampered-file'), 'tampered-file');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReleaseIntegrityError);
    expect(error).toMatchObject({ file: expected.file, expected: expected.expected, found: expected.found });
    expect((error as Error).message).toContain(`${expected.file} does not match its manifest: expected sha256 ${expected.expected}, found ${expected.found}`);
  });
});

describe('the release calendar', () => {
  const manifests = releases.map((r) => r.manifest);
  const live = readCalendar(new Uint8Array(readFileSync('data/release_calendar.csv')), 'data/release_calendar.csv');

  it('the live calendar is valid and lists every release as published', () => {
    expect(live.issues).toEqual([]);
    expect(calendarIssues(live.rows, manifests, 'data/release_calendar.csv')).toEqual([]);
  });

  for (const name of ['calendar-postponed-no-reason', 'calendar-published-unknown-release']) {
    it(`bad input: ${name}`, () => {
      const expected = JSON.parse(readFileSync(join(BAD, name, 'expected.json'), 'utf8')) as { file: string; row: number; column: string; code: string };
      const read = readCalendar(new Uint8Array(readFileSync(join(BAD, name, 'release_calendar.csv'))), expected.file);
      const issues = [...read.issues, ...calendarIssues(read.rows, manifests, expected.file)];
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject(expected);
    });
  }

  it('a release without its published calendar row is an error', () => {
    const rows = live.rows.filter((r) => r.version !== '1.0.0');
    expect(calendarIssues(rows, manifests, 'f').map((i) => i.code)).toEqual(['release_not_in_calendar']);
  });

  const ics = toICalendar(live.rows, {
    host: 'reintegration.example.ge',
    releasesUrl: 'https://reintegration.example.ge/releases/',
    stamp: '2026-12-02',
    locale: 'ka',
    title: 'ღია მონაცემების განახლება',
    labels: { provisional: 'თარიღი წინასწარია.', month: 'დღე ჯერ დადგენილი არ არის.' },
  });

  it('the iCalendar file has CRLF line ends and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('ა'.repeat(40)).split('\r\n').length).toBe(2);
  });

  it('opens in a real iCalendar parser (ical.js): one event per row with UID, DTSTAMP and DTSTART', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(live.rows.length);
    live.rows.forEach((row, i) => {
      const e = events[i]!;
      expect(e.getFirstPropertyValue('uid')).toBe(`${row.entry_id}@reintegration.example.ge`);
      expect(e.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-02T00:00:00Z');
      expect(e.getFirstPropertyValue('dtstart')?.toString()).toBe(row.date.length === 7 ? `${row.date}-01` : row.date);
      expect(new ICAL.Event(e).summary).toContain('ღია მონაცემების განახლება');
    });
    const next = nextPlanned(live.rows);
    if (next) expect(events.some((e) => e.getFirstPropertyValue('status') === 'TENTATIVE' || e.getFirstPropertyValue('status') === 'CONFIRMED')).toBe(true);
  });
});
