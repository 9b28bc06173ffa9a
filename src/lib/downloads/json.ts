/**
 * Rows → the published JSON: an array of records, one per row, keys in schema order, values
 * typed (numbers as numbers, missing as null, lists as arrays of strings, dates as the ISO
 * strings stored — a partial date like "2018-06" has no honest JSON date), pretty-printed
 * with two spaces and ending with a newline.
 */
import { columnNames } from '../../schemas/dataset.ts';
import { valueOf } from './cells.ts';
import type { AnyRow, DatasetInfo } from './types.ts';

/** The records as published: a fresh object per row with exactly the schema's keys, in order. */
export function toRecords(dataset: DatasetInfo, rows: readonly AnyRow[]): Record<string, unknown>[] {
  const names = columnNames(dataset);
  return rows.map((row) => Object.fromEntries(names.map((name) => [name, valueOf(row, name)])));
}

/** The JSON text of a dataset's rows. */
export function toJson(dataset: DatasetInfo, rows: readonly AnyRow[]): string {
  return `${JSON.stringify(toRecords(dataset, rows), null, 2)}\n`;
}
