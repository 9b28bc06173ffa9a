/**
 * The corpus of bad inputs in tests/fixtures/bad/: each folder holds only the CSV file(s) that
 * differ from the frozen fixture data (tests/fixtures/data-2026-11/data/, not the live data/,
 * so that a year added to data/ never breaks a case) and an expected.json naming the one error
 * it must produce. A new folder is a new test. tests/fixtures/good/ holds inputs that must be
 * accepted.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { errorsOf, formatIssue, type DataIssue } from '../src/lib/data/issues.ts';
import { loadData, type LoadResult } from '../src/lib/data/load.ts';
import { datasets, slugs } from '../src/schemas/index.ts';
import { copyFixtureData, FIXTURE_DATA } from './support/fixture-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const badDir = join(root, 'tests/fixtures/bad');
const goodDir = join(root, 'tests/fixtures/good');
const dataFiles = slugs.map((s) => datasets[s].file);

interface Expected {
  file: string;
  row?: number;
  column?: string;
  code: string;
  /** Data files to remove from the copy (a missing-file case). */
  delete?: string[];
}

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A copy of the frozen fixture data with the case's CSV files laid over it and its deletions made. */
function dataWith(caseDir: string, remove: readonly string[] = []): string {
  const { root: tmp, data: dir } = copyFixtureData();
  temps.push(tmp);
  for (const name of readdirSync(caseDir)) {
    if (name === 'expected.json') continue;
    copyFileSync(join(caseDir, name), join(dir, name));
  }
  for (const name of remove) rmSync(join(dir, name));
  return dir;
}

const readExpected = (caseDir: string) => JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Expected;
const caseNames = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

const badCases = caseNames(badDir);

describe('the corpus of bad inputs', () => {
  it('has at least 25 cases', () => {
    expect(badCases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(badCases)('%s holds only data files and an expected.json', (name) => {
    const dir = join(badDir, name);
    const e = readExpected(dir);
    const files = readdirSync(dir).filter((f) => f !== 'expected.json');
    for (const f of [...files, ...(e.delete ?? [])]) expect(dataFiles).toContain(f);
    expect(files.length + (e.delete?.length ?? 0)).toBeGreaterThan(0);
    expect(e.file).toMatch(/^data\/[a-z_]+\.csv$/);
    expect(e.code).toMatch(/^[a-z_]+$/);
  });
});

describe.each(badCases)('bad input: %s', (name) => {
  const caseDir = join(badDir, name);
  const e = readExpected(caseDir);

  it(`reports ${e.code} at ${e.file}${e.row !== undefined ? ` row ${e.row}` : ''}${e.column !== undefined ? ` column ${e.column}` : ''}`, () => {
    const dir = dataWith(caseDir, e.delete);
    let result: LoadResult | undefined;
    expect(() => {
      result = loadData(dir, 'data');
    }).not.toThrow();
    const issues = result!.issues;

    const sample: Partial<DataIssue> = { severity: 'error', file: e.file, code: e.code };
    if (e.row !== undefined) sample.row = e.row;
    if (e.column !== undefined) sample.column = e.column;
    expect(issues).toContainEqual(expect.objectContaining(sample));

    // Exactly that place: a whole-file problem carries no row, a row problem no other row or column.
    const issue = issues.find((i) => i.file === e.file && i.code === e.code && i.row === e.row && i.column === e.column);
    expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(issue!.expected.en.trim()).not.toBe('');
    expect(issue!.expected.ka.trim()).not.toBe('');

    for (const lang of ['en', 'ka'] as const) {
      const line = formatIssue(issue!, lang);
      expect(line.startsWith(`${e.file}`)).toBe(true);
      if (e.row !== undefined) expect(line).toContain(lang === 'en' ? `row ${e.row}` : `სტრიქონი ${e.row}`);
      if (e.column !== undefined) expect(line).toContain(lang === 'en' ? `column ${e.column}` : `სვეტი ${e.column}`);
      expect(line).toContain(lang === 'en' ? 'expected' : 'მოსალოდნელი იყო');
      expect(line).not.toMatch(/\n|\bat .+:\d+:\d+/);
    }
  });
});

describe('good input: a file as Excel saves "CSV UTF-8" (BOM, CRLF, quoted comma and line break)', () => {
  const caseDir = join(goodDir, 'excel-crlf-bom');
  const e = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as {
    file: string;
    row: number;
    column: string;
    value: string;
  };
  const fileName = e.file.replace(/^data\//, '');

  it('is really such a file', () => {
    const bytes = readFileSync(join(caseDir, fileName));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\n', 1)[0]!.endsWith('\r')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`,"${e.value}",`);
    expect(e.value).toMatch(/,/);
    expect(e.value).toMatch(/\n/);
  });

  it('loads with zero errors and keeps the quoted cell exactly', () => {
    const dir = dataWith(caseDir);
    const { tables, issues } = loadData(dir, 'data');
    expect(errorsOf(issues)).toEqual([]);
    const slug = slugs.find((s) => datasets[s].file === fileName)!;
    const rows = tables[slug] as Record<string, unknown>[];
    const real = loadData(FIXTURE_DATA, 'data').tables[slug] as Record<string, unknown>[];
    expect(rows).toHaveLength(real.length);
    // Spreadsheet row e.row is data row e.row - 2.
    expect(rows[e.row - 2]![e.column]).toBe(e.value);
    // Every header, including the first one behind the BOM, is read as its own name.
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(real[0]!));
  });
});
