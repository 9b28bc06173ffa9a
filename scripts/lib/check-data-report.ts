/**
 * What `npm run check:data` prints and its exit code, for a data folder: every problem, one per
 * line, naming the file, the spreadsheet row and the column, then a summary line. The CLI
 * (scripts/check-data.ts) prints these lines; tests call this in-process for the many bad
 * folders, and start the CLI itself only to prove the process around it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calendarIssues, CALENDAR_FILE, readCalendar } from '../../src/lib/releases/calendar.ts';
import { ReleaseIntegrityError } from '../../src/lib/releases/manifest.ts';
import { loadReleases } from '../../src/lib/releases/store.ts';
import { errorsOf, formatIssue, type DataIssue, type Lang } from '../../src/lib/validation/issues.ts';
import { loadData } from '../../src/lib/validation/load.ts';

export interface CheckDataOptions {
  /** The data folder, as the reader named it (relative to `cwd`, or absolute). */
  data: string;
  lang: Lang;
  /** The folder the command runs in: where `data` is resolved and the frozen releases are read. */
  cwd?: string;
}

export function checkDataReport({ data, lang, cwd = process.cwd() }: CheckDataOptions): { lines: string[]; exitCode: 0 | 1 } {
  const dataDir = resolve(cwd, data);
  const shownDir = data.replace(/\/$/, '');
  const { tables, issues } = loadData(dataDir, shownDir);
  issues.push(...releaseIssues(dataDir, shownDir, cwd));
  const lines = issues.map((i) => formatIssue(i, lang));
  const errors = errorsOf(issues).length;
  const warnings = issues.length - errors;
  const rows = Object.values(tables).reduce((n, t) => n + t.length, 0);
  lines.push('');
  if (lang === 'en') lines.push(errors ? `${errors} error(s), ${warnings} warning(s). Fix the errors above; nothing can be published until then.` : `All ${Object.keys(tables).length} datasets pass (${rows} rows), ${warnings} warning(s).`);
  else lines.push(errors ? `${errors} შეცდომა, ${warnings} გაფრთხილება. შეასწორეთ ზემოთ ჩამოთვლილი შეცდომები; მანამდე ვერაფერი გამოქვეყნდება.` : `ყველა ${Object.keys(tables).length} მონაცემთა ნაკრები გაიარა შემოწმება (${rows} სტრიქონი), ${warnings} გაფრთხილება.`);
  return { lines, exitCode: errors ? 1 : 0 };
}

/** The frozen releases match their manifests, and the release calendar (if any) is valid and agrees with them. */
function releaseIssues(dataDir: string, shownDir: string, cwd: string): DataIssue[] {
  let manifests;
  try {
    manifests = loadReleases(resolve(cwd, 'releases')).map((r) => r.manifest);
  } catch (e) {
    if (e instanceof ReleaseIntegrityError)
      return [{ severity: 'error', file: e.file, code: 'release_changed', expected: { en: `the file as frozen, sha256 ${e.expected} (restore it from git; never edit a release)`, ka: `ფაილი, როგორც გაიყინა, sha256 ${e.expected} (აღადგინეთ git-იდან; გამოქვეყნებულ ვერსიას ნუ შეცვლით)` }, found: e.found }];
    return [{ severity: 'error', file: 'releases', code: 'release_invalid', expected: { en: 'valid release folders', ka: 'ვერსიების სწორი საქაღალდეები' }, found: (e as Error).message }];
  }
  const path = join(dataDir, CALENDAR_FILE);
  if (!existsSync(path)) return [];
  const file = `${shownDir}/${CALENDAR_FILE}`;
  const read = readCalendar(new Uint8Array(readFileSync(path)), file);
  return [...read.issues, ...(errorsOf(read.issues).length ? [] : calendarIssues(read.rows, manifests, file))];
}
