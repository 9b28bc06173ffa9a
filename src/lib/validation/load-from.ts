/**
 * Loads every dataset from files held anywhere (a folder, memory, files a person chose in a
 * browser), validates it, and returns typed rows in file order together with every issue
 * found. Pure: no file system, no world map, so the update desk runs this very code in the
 * browser. Nothing here throws on bad data: callers decide (the check command prints, the
 * build stops, the desk shows a report).
 */
import type { Columns, Dataset } from '../../schemas/dataset.ts';
import { datasets, slugs, type Row, type Slug } from '../../schemas/index.ts';
import type { InsideTest } from '../geo/inside.ts';
import { crossChecks, type LocatedTables } from './cross-checks.ts';
import { errorsOf, type DataIssue } from './issues.ts';
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
 * @param isInsideGeorgia the coordinate test (the map's boundary; see geo/inside-georgia.ts)
 * @param shownDir how the data folder is named in messages (relative to the repo root)
 */
export function loadFiles(files: DataFiles, isInsideGeorgia: InsideTest, shownDir = 'data'): LoadResult {
  const located = {} as LocatedTables;
  const issues: DataIssue[] = [];
  const clean = new Set<Slug>();
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
    if (errorsOf(result.issues).length === 0) clean.add(slug);
    (located as Record<Slug, unknown[]>)[slug] = result.rows;
  }
  // Every problem in one pass: the rules across files run on the rows that could be read,
  // each rule only where the files it compares against read cleanly (a rule against a broken
  // file would repeat its mistake as a cascade of unknown references).
  issues.push(...crossChecks(located, isInsideGeorgia, shownDir, clean));
  const tables = Object.fromEntries(slugs.map((s) => [s, located[s].map((r) => r.value)])) as Tables;
  return { tables, issues };
}
