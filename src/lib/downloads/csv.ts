/**
 * Rows → the published CSV.
 *
 * Format: UTF-8, comma separator, a header row of the column names in schema order, a field
 * quoted only when it holds a comma, a double quote, CR or LF (quotes doubled inside).
 *
 * Line ends are LF, not the CRLF that RFC 4180 names. RFC 4180 is informational and itself
 * notes that implementations vary; every reader we target (Excel, LibreOffice, Google Sheets,
 * pandas, R, Python's csv, papaparse, frictionless) reads LF, and LF is what the source files
 * in data/ use, so a published CSV differs from its source file only where the data does,
 * diffs between versions stay clean, and git never rewrites it. The datapackage declares it
 * (`dialect.lineTerminator`). The file ends with a line end.
 */
import { columnNames } from '../../schemas/dataset.ts';
import { assertNoFormulas, cellText, valueOf } from './cells.ts';
import type { AnyRow, DatasetInfo } from './types.ts';

/** Line end of the published CSV files (see the module comment). */
export const CSV_LINE_END = '\n';

/** UTF-8 byte order mark, as text. */
export const BOM = '\uFEFF';

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The CSV text of a dataset's rows. Throws if a text cell would run as a spreadsheet formula. */
export function toCsv(dataset: DatasetInfo, rows: readonly AnyRow[]): string {
  assertNoFormulas(dataset, rows);
  const names = columnNames(dataset);
  const lines = [names.map(quote).join(',')];
  rows.forEach((row, i) => {
    lines.push(
      names
        .map((name) => quote(cellText(dataset.columns[name]!.meta, valueOf(row, name), `${dataset.file}, row ${i + 2}, column ${name}`)))
        .join(','),
    );
  });
  return lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/**
 * The same CSV with a UTF-8 byte order mark in front: the "for Excel" download. Excel before
 * Microsoft 365 opens a BOM-less CSV in the Windows ANSI code page and shows Georgian as
 * mojibake; with the BOM it reads UTF-8. The plain file stays BOM-less because many
 * programs (older R and Python csv readers, shell tools) take the BOM as part of the first
 * column's name.
 */
export function toCsvForExcel(dataset: DatasetInfo, rows: readonly AnyRow[]): string {
  return BOM + toCsv(dataset, rows);
}
