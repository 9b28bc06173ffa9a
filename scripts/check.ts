/**
 * `npm run check [-- --lang en]`: every check before publishing, with a report for a person
 * (Georgian by default): the data files, the year narratives and their <Value> figures, the
 * UI strings in both languages, the Georgian spelling and glossary wording of the narratives
 * and data notes (warnings, with suggestions), and a revision note for every published value that changed
 * (compared with the last commit; PUBLISHED_REF=<git ref> compares with another).
 * Exit status 1 on errors; warnings are listed but do not fail.
 *
 * Text misread through a wrong encoding that can be restored exactly is shown restored;
 * `-- --fix` writes a repaired copy beside each such file (`data/<slug>.repaired.csv`), never
 * over it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { narrativeIssues } from '../src/lib/content/narratives.ts';
import { readNarratives, valueIssues } from '../src/lib/content/read-narratives.ts';
import { cellsHolding } from '../src/lib/content/value.ts';
import { errorsOf, type DataIssue, type Lang } from '../src/lib/validation/issues.ts';
import { loadData, loadDataFrom, readCsvFile } from '../src/lib/validation/load.ts';
import { missingKeys } from '../src/lib/i18n/strings/index.ts';
import { formatRepairs, planRepair, type FileRepair } from '../src/lib/update/repair.ts';
import { formatReport } from '../src/lib/update/report.ts';
import { dataTexts, narrativeTexts } from '../src/lib/update/georgian-text.ts';
import { loadSpeller } from '../src/lib/update/spelling.ts';
import { spellingIssues } from '../src/lib/update/spelling-issues.ts';
import { changedValues, missingRevisions } from '../src/lib/update/revisions-needed.ts';
import { datasets, slugs } from '../src/schemas/index.ts';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'ka' }, fix: { type: 'boolean', default: false } } });
const lang: Lang = values.lang === 'en' ? 'en' : 'ka';

const { tables, issues: dataIssues } = loadData(resolve('data'));
const issues: DataIssue[] = [...dataIssues];

if (errorsOf(dataIssues).length === 0) {
  const { entries, issues: readIssues } = readNarratives(resolve('content/years'));
  issues.push(...readIssues, ...narrativeIssues(entries, tables.programs.map((p) => p.year), (n) => cellsHolding(tables, n)), ...valueIssues(entries, tables));
  // Georgian spelling and glossary wording of the narratives and data notes: warnings, with
  // suggestions (only on readable data: misread text is reported above, once per file).
  const wordList = existsSync(resolve('docs/spelling/ka.txt')) ? resolve('docs/spelling/ka.txt') : fileURLToPath(new URL('../docs/spelling/ka.txt', import.meta.url));
  issues.push(...spellingIssues([...narrativeTexts(resolve('content/years')), ...dataTexts(resolve('data'))], loadSpeller(wordList)));

  // Published values that changed need a revision row.
  const ref = process.env.PUBLISHED_REF ?? 'HEAD';
  for (const slug of slugs.filter((s) => s !== 'revisions')) {
    let published: string;
    try {
      published = execFileSync('git', ['show', `${ref}:data/${datasets[slug].file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue; // not under git, or a new file: nothing was published yet
    }
    const current = readCsvFile(resolve('data', datasets[slug].file), `data/${datasets[slug].file}`);
    if ('issues' in current) continue;
    const text = [current.table.header, ...current.table.records.map((r) => r.cells)].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n');
    issues.push(...missingRevisions(changedValues(slug, published, text), tables.revisions));
  }
}

for (const key of missingKeys()) {
  issues.push({ severity: 'error', file: 'src/lib/i18n/strings', column: key, code: 'missing_string', expected: { en: 'the text in both Georgian and English', ka: 'ტექსტი ქართულად და ინგლისურად' }, found: '' });
}

// The row's first cells, as the spreadsheet shows them, so a person can find it.
const records = new Map<string, Map<number, string[]>>();
const rowCells = (file: string, row: number): string[] | null => {
  if (!records.has(file)) {
    const r = readCsvFile(resolve(file), file);
    records.set(file, new Map('table' in r ? r.table.records.map((x) => [x.row, x.cells]) : []));
  }
  return records.get(file)!.get(row) ?? null;
};

console.log(formatReport(issues, lang, rowCells));

// Misread text that can be restored exactly: offered, and written as a copy only when asked.
const readIfExists = (path: string): Uint8Array | undefined => {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
};
const repairs: FileRepair[] = [];
for (const slug of slugs) {
  const file = `data/${datasets[slug].file}`;
  const bytes = readIfExists(resolve(file));
  if (!bytes) continue;
  const repair = planRepair(bytes, file);
  if (!repair) continue;
  // Check the copy as it would be in place, so the officer knows what is left to do.
  const copied = loadDataFrom((name) => (name === datasets[slug].file ? repair.bytes : readIfExists(resolve('data', name))));
  repair.remaining = errorsOf(copied.issues).filter((i) => i.file === file).length;
  repairs.push(repair);
}
if (values.fix) for (const r of repairs) writeFileSync(resolve(r.copy), r.bytes);
if (repairs.length) console.log(`\n${formatRepairs(repairs, lang, values.fix)}`);
process.exitCode = errorsOf(issues).length ? 1 : 0;
