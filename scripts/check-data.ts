/**
 * `npm run check:data [-- --lang en|ka] [-- --data DIR]`: checks every dataset and prints every
 * problem, one per line, naming the file, the spreadsheet row and the column. Exits 1 on errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calendarIssues, CALENDAR_FILE, readCalendar } from '../src/lib/releases/calendar.ts';
import { ReleaseIntegrityError } from '../src/lib/releases/manifest.ts';
import { loadReleases } from '../src/lib/releases/store.ts';
import { parseArgs } from 'node:util';
import { errorsOf, formatIssue, type DataIssue, type Lang } from '../src/lib/validation/issues.ts';
import { loadData } from '../src/lib/validation/load.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'ka' }, data: { type: 'string', default: 'data' } } });
const lang: Lang = values.lang === 'en' ? 'en' : 'ka';
const shownDir = values.data.replace(/\/$/, '');
const { tables, issues } = loadData(resolve(values.data), shownDir);
issues.push(...releaseIssues());

/** The frozen releases match their manifests, and the release calendar (if any) is valid and agrees with them. */
function releaseIssues(): DataIssue[] {
  let manifests;
  try {
    manifests = loadReleases().map((r) => r.manifest);
  } catch (e) {
    if (e instanceof ReleaseIntegrityError)
      return [{ severity: 'error', file: e.file, code: 'release_changed', expected: { en: `the file as frozen, sha256 ${e.expected} (restore it from git; never edit a release)`, ka: `ფაილი, როგორც გაიყინა, sha256 ${e.expected} (აღადგინეთ git-იდან; გამოქვეყნებულ ვერსიას ნუ შეცვლით)` }, found: e.found }];
    return [{ severity: 'error', file: 'releases', code: 'release_invalid', expected: { en: 'valid release folders', ka: 'ვერსიების სწორი საქაღალდეები' }, found: (e as Error).message }];
  }
  const path = join(resolve(values.data), CALENDAR_FILE);
  if (!existsSync(path)) return [];
  const file = `${shownDir}/${CALENDAR_FILE}`;
  const read = readCalendar(new Uint8Array(readFileSync(path)), file);
  return [...read.issues, ...(errorsOf(read.issues).length ? [] : calendarIssues(read.rows, manifests, file))];
}
for (const i of issues) console.log(formatIssue(i, lang));
const errors = errorsOf(issues).length;
const warnings = issues.length - errors;
const rows = Object.values(tables).reduce((n, t) => n + t.length, 0);
if (lang === 'en') console.log(errors ? `\n${errors} error(s), ${warnings} warning(s). Fix the errors above; nothing can be published until then.` : `\nAll ${Object.keys(tables).length} datasets pass (${rows} rows), ${warnings} warning(s).`);
else console.log(errors ? `\n${errors} შეცდომა, ${warnings} გაფრთხილება. შეასწორეთ ზემოთ ჩამოთვლილი შეცდომები; მანამდე ვერაფერი გამოქვეყნდება.` : `\nყველა ${Object.keys(tables).length} მონაცემთა ნაკრები გაიარა შემოწმება (${rows} სტრიქონი), ${warnings} გაფრთხილება.`);
process.exitCode = errors ? 1 : 0;
