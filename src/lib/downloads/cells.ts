/**
 * One typed value → the text of one cell, shared by the CSV and XLSX writers, and the
 * formula guard both of them run before writing anything.
 */
import type { ColumnMeta } from '../../schemas/columns.ts';
import { columnNames } from '../../schemas/dataset.ts';
import type { AnyRow, DatasetInfo } from './types.ts';

/**
 * Characters that make a spreadsheet run a cell as a formula (CSV injection). The same set
 * as the validator's in src/schemas/columns.ts; this is the exporter's own second check.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The value of `column` in `row`, with a missing key read as null. */
export function valueOf(row: AnyRow, column: string): unknown {
  return row[column] ?? null;
}

/**
 * A number as plain text: no thousands separator, a point as decimal mark, never exponent
 * notation (which some spreadsheets would read back as text).
 */
export function numberText(n: number, where: string): string {
  const s = String(n);
  if (!Number.isFinite(n) || /e/i.test(s)) throw new Error(`${where}: cannot publish the number ${s} as plain digits`);
  return s;
}

/**
 * The text of a cell: null → '' (missing, never 0), numbers as plain digits, lists joined
 * with the column's delimiter, dates and text exactly as stored.
 */
export function cellText(meta: ColumnMeta, value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const delimiter = meta.delimiter ?? ',';
    const items = value.map((v) => cellText({ ...meta, type: 'string' }, v, where));
    const bad = items.find((item) => item === '' || item.includes(delimiter));
    if (bad !== undefined) throw new Error(`${where}: the list item ${JSON.stringify(bad)} is empty or holds the delimiter "${delimiter}"`);
    return items.join(delimiter);
  }
  if (typeof value === 'number') return numberText(value, where);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  throw new Error(`${where}: unexpected value ${JSON.stringify(value)}`);
}

/**
 * Throws if any text cell (or list item) begins with =, +, -, @, a tab or a carriage
 * return. The validator already rejects such cells; this guards the published files
 * against rows that reached the exporter some other way.
 */
export function assertNoFormulas(dataset: DatasetInfo, rows: readonly AnyRow[]): void {
  const names = columnNames(dataset);
  rows.forEach((row, i) => {
    for (const name of names) {
      const value = valueOf(row, name);
      const texts = Array.isArray(value) ? value : [value];
      for (const t of texts) {
        if (typeof t === 'string' && FORMULA_START.test(t)) {
          throw new Error(
            `${dataset.file}, row ${i + 2}, column ${name}: the text ${JSON.stringify(t)} begins with a character ` +
              'that spreadsheets run as a formula (=, +, -, @, tab or CR); refusing to publish it',
          );
        }
      }
    }
  });
}
