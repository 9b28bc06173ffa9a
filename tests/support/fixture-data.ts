/**
 * The frozen data for tests: a copy of data/ and content/years/ as published in November 2026,
 * in tests/fixtures/data-2026-11/. It never changes when the ministry adds a year, so a test
 * that expects a figure ("2017: 590 000 ₾, 248 persons", "2018 is the latest year") reads it
 * from here and stays true after every annual update.
 *
 * Which data a test reads:
 * - it asserts a value, a count of rows, a list of years, a "latest year": the fixture;
 * - it asserts a rule that must hold for any data (every figure has a source, every published
 *   year has both languages, sums add up, keys are unique): the live data/ (liveTables()).
 *
 * Moving a test onto the fixture is one line:
 *
 *   const { tables } = loadData(resolve('data'));   // before: live data
 *   const tables = fixtureTables();                 // after: frozen fixture
 *
 * `fixtureNarratives()` reads the fixture's year narratives the way the build does;
 * `copyFixtureData()` gives a writable copy to lay a bad file over (tests/fixtures/bad/);
 * `nextFreeYear()` is the year `npm run new-year` can add to the live data today.
 *
 * Do not edit the fixture to follow data/: it is a snapshot. When a schema changes (a new
 * column), change the fixture's CSV the same way, and keep its figures.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNarratives } from '../../src/lib/content/read-narratives.ts';
import type { NarrativeEntry } from '../../src/lib/content/narratives.ts';
import { errorsOf, formatIssue } from '../../src/lib/data/issues.ts';
import { loadData, type Tables } from '../../src/lib/data/load.ts';
import { yearsIn } from '../../src/lib/update/new-year.ts';

/** The project root (the folder holding data/, content/ and tests/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The live data, as published now: assert only rules on it, never values. */
export const LIVE_DATA = join(ROOT, 'data');
export const LIVE_NARRATIVES = join(ROOT, 'content/years');

/** The frozen snapshot: tests/fixtures/data-2026-11/{data,content/years}. */
export const FIXTURE = join(ROOT, 'tests/fixtures/data-2026-11');
export const FIXTURE_DATA = join(FIXTURE, 'data');
export const FIXTURE_NARRATIVES = join(FIXTURE, 'content/years');
/** The program years in the fixture, oldest first. */
export const FIXTURE_YEARS: readonly number[] = [2015, 2016, 2017, 2018];

const cache = new Map<string, Tables>();

/** The validated tables of a data folder, loaded once per test file; throws if it has errors. */
function tablesOf(dir: string): Tables {
  const hit = cache.get(dir);
  if (hit) return hit;
  const { tables, issues } = loadData(dir, 'data');
  const errors = errorsOf(issues);
  if (errors.length) throw new Error(`${dir} does not validate:\n${errors.map((i) => formatIssue(i, 'en')).join('\n')}`);
  cache.set(dir, tables);
  return tables;
}

/** The fixture's tables (validated, cached). */
export const fixtureTables = (): Tables => tablesOf(FIXTURE_DATA);

/** The live data/'s tables (validated, cached): for invariants only. */
export const liveTables = (): Tables => tablesOf(LIVE_DATA);

/** The fixture's year narratives, read as the build reads them (id "2017.ka", frontmatter, body). */
export function fixtureNarratives(): NarrativeEntry[] {
  const { entries, issues } = readNarratives(FIXTURE_NARRATIVES, 'content/years');
  if (errorsOf(issues).length) throw new Error(`the fixture narratives do not read: ${formatIssue(errorsOf(issues)[0]!, 'en')}`);
  return entries;
}

/**
 * A writable copy of the fixture's data/ in a new temporary folder: returns the folder that
 * holds `data/` and the `data/` path itself. The caller removes `root` when done.
 */
export function copyFixtureData(prefix = 'reintegration-fixture-'): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const data = join(root, 'data');
  cpSync(FIXTURE_DATA, data, { recursive: true });
  return { root, data };
}

/** The year `npm run new-year` can add to a data folder: one after the last in programs.csv. */
export function nextFreeYear(dataDir = LIVE_DATA): number {
  return Math.max(...yearsIn(readFileSync(join(dataDir, 'programs.csv'), 'utf8'))) + 1;
}
