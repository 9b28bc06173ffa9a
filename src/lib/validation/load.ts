/**
 * Loads every dataset from a data folder, validates it, and returns typed rows in file order
 * together with every issue found. Nothing here throws on bad data: callers decide
 * (the check command prints, the build stops).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Columns, Dataset } from '../../schemas/dataset.ts';
import { datasets, slugs, type Row, type Slug } from '../../schemas/index.ts';
import { crossChecks, type LocatedTables } from './cross-checks.ts';
import { DataValidationError, errorsOf, type DataIssue } from './issues.ts';
import { readCsvBytes } from './read-csv.ts';
import { validateTable } from './validate.ts';

export type Tables = { [S in Slug]: Row<S>[] };

export interface LoadResult {
  tables: Tables;
  issues: DataIssue[];
}

/** A data file's bytes by its name (`programs.csv`), or undefined if there is no such file. */
export type DataFiles = (name: string) => Uint8Array | undefined;

/**
 * @param dataDir absolute path of the folder holding the CSV files
 * @param shownDir how that folder is named in messages (relative to the repo root)
 */
export function loadData(dataDir: string, shownDir = 'data'): LoadResult {
  return loadDataFrom((name) => {
    try {
      return readFileSync(join(dataDir, name));
    } catch {
      return undefined;
    }
  }, shownDir);
}

/** The same, from files held anywhere (in memory for the fuzz test, a folder for the rest). */
export function loadDataFrom(files: DataFiles, shownDir = 'data'): LoadResult {
  const located = {} as LocatedTables;
  const issues: DataIssue[] = [];
  for (const slug of slugs) {
    const d = datasets[slug];
    const file = `${shownDir}/${d.file}`;
    const read = readCsvBytes(files(d.file), file);
    if ('issues' in read) {
      issues.push(...read.issues);
      (located as Record<Slug, unknown[]>)[slug] = [];
      continue;
    }
    // The union of nine dataset types is wider than any one; each table is checked by its own schema.
    const result = validateTable(d as unknown as Dataset<Columns>, read.table, file);
    issues.push(...result.issues);
    (located as Record<Slug, unknown[]>)[slug] = result.rows;
  }
  // Cross-file rules only make sense once every file reads cleanly; otherwise they would
  // repeat the same mistake as a cascade of unknown-reference errors.
  if (errorsOf(issues).length === 0) issues.push(...crossChecks(located, shownDir));
  const tables = Object.fromEntries(slugs.map((s) => [s, located[s].map((r) => r.value)])) as Tables;
  return { tables, issues };
}

const cache = new Map<string, Tables>();

/** For the build: the validated tables, or a DataValidationError listing every error. */
export function loadDataOrThrow(dataDir: string): Tables {
  const hit = cache.get(dataDir);
  if (hit) return hit;
  const { tables, issues } = loadData(dataDir);
  if (errorsOf(issues).length) throw new DataValidationError(issues);
  cache.set(dataDir, tables);
  return tables;
}
