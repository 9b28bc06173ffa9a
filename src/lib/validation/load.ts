/**
 * The loader for Node (the build, the check commands, the tests): reads a data folder and
 * validates it with the pure loader (`load-from.ts`, which the update desk runs in the
 * browser) and the map's boundary for coordinates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInsideGeorgia } from '../geo/inside-georgia.ts';
import { DataValidationError, errorsOf } from './issues.ts';
import { loadFiles, type DataFiles, type LoadResult, type Tables } from './load-from.ts';
import type { RawTable } from './read-csv.ts';
import { readCsvBytes } from './read-csv.ts';
import type { DataIssue } from './issues.ts';

export type { DataFiles, LoadResult, Tables } from './load-from.ts';

/** A file's bytes, or undefined if it cannot be read. */
function bytesOf(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * @param dataDir absolute path of the folder holding the CSV files
 * @param shownDir how that folder is named in messages (relative to the repo root)
 */
export function loadData(dataDir: string, shownDir = 'data'): LoadResult {
  return loadDataFrom((name) => bytesOf(join(dataDir, name)), shownDir);
}

/** The same, from files held anywhere (in memory for the fuzz test, a folder for the rest). */
export function loadDataFrom(files: DataFiles, shownDir = 'data'): LoadResult {
  return loadFiles(files, isInsideGeorgia, shownDir);
}

/** Read and parse a CSV file; `file` is the path shown to people (relative to the repo root). */
export function readCsvFile(absolutePath: string, file: string): { table: RawTable } | { issues: DataIssue[] } {
  return readCsvBytes(bytesOf(absolutePath), file);
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
