/**
 * A release's data as rows. The data of an older release was published under an older schema
 * (1.0.0 had no certainty columns and no grant datasets), so it cannot pass today's validator;
 * its files are read with today's column declarations restricted to the columns and datasets
 * it had. Every cell must still parse with its column's declaration, or the release is refused
 * with the file, row and column.
 */
import type { Column } from '../../schemas/columns.ts';
import type { Columns } from '../../schemas/dataset.ts';
import { datasets, slugs } from '../../schemas/index.ts';
import type { AnyRow, DatasetInfo } from '../downloads/types.ts';
import type { DataFiles } from '../validation/load.ts';
import { readCsvBytes } from '../validation/read-csv.ts';
import type { RawTables } from './diff.ts';

export interface ReleaseData {
  /** The datasets the release has, with the columns it has, in catalogue order. */
  datasets: DatasetInfo[];
  rows: Record<string, AnyRow[]>;
}

/** Today's declaration of a dataset, cut down to the columns a release's file has (in the file's order). */
export function datasetAsPublished(info: DatasetInfo, header: readonly string[], present: ReadonlySet<string>): DatasetInfo {
  const all = info.columns as Columns;
  const unknown = header.filter((h) => !(h in all));
  if (unknown.length)
    throw new Error(`${info.file}: the column(s) ${unknown.join(', ')} are not declared in src/schemas/${info.slug}.ts, so this data cannot be frozen with the current schema`);
  const columns: Columns = {};
  for (const name of header) {
    const col = all[name] as Column<unknown>;
    const q = col.meta.qualifiers;
    // A qualifier column the release did not have cannot be named in its Table Schema.
    const keep = q && header.includes(q.comparison) && (!q.stage || header.includes(q.stage));
    columns[name] = q && !keep ? { ...col, meta: { ...col.meta, qualifiers: undefined } } : col;
  }
  return {
    ...info,
    columns,
    foreignKeys: (info.foreignKeys ?? []).filter((fk) => header.includes(fk.field) && present.has(fk.resource)),
  };
}

/** Reads a release's data files (`programs.csv` …) into rows, with the datasets as they were published. */
export function readReleaseData(files: DataFiles, shownDir: string): ReleaseData {
  const present = new Set(slugs.filter((s) => files(datasets[s].file) !== undefined));
  const out: ReleaseData = { datasets: [], rows: {} };
  for (const slug of slugs) {
    if (!present.has(slug)) continue;
    const info = datasets[slug] as unknown as DatasetInfo;
    const file = `${shownDir}/${info.file}`;
    const read = readCsvBytes(files(info.file), file);
    if ('issues' in read) throw new Error(`${file}: ${read.issues.map((i) => `${i.code} (found ${i.found})`).join('; ')}`);
    const d = datasetAsPublished(info, read.table.header, present);
    const rows: AnyRow[] = [];
    for (const rec of read.table.records) {
      const row: Record<string, unknown> = {};
      read.table.header.forEach((name, i) => {
        const parsed = (d.columns[name] as Column<unknown>).cell.safeParse(rec.cells[i] ?? '');
        if (!parsed.success) throw new Error(`${file}, row ${rec.row}, column ${name}: "${rec.cells[i]}" does not parse (${parsed.error.issues[0]?.message})`);
        row[name] = parsed.data;
      });
      rows.push(row);
    }
    out.datasets.push(d);
    out.rows[slug] = rows;
  }
  return out;
}

/** Published CSV files (by name) → header and cells per dataset, for the value-level diff. */
export function rawTablesOf(files: ReadonlyMap<string, Uint8Array>, datasetSlugs: readonly string[], folder: string): RawTables {
  const out: Record<string, RawTables[string]> = {};
  for (const slug of datasetSlugs) {
    const read = readCsvBytes(files.get(`${slug}.csv`), `${folder}/${slug}.csv`);
    if ('issues' in read) throw new Error(`${folder}/${slug}.csv: ${read.issues.map((i) => i.code).join('; ')}`);
    const { header, records } = read.table;
    out[slug] = { columns: header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? '']))) };
  }
  return out;
}

/** Each dataset's primary key, from the schemas (the diff names rows by it). */
export function primaryKeys(): Record<string, readonly string[]> {
  return Object.fromEntries(slugs.map((s) => [s, datasets[s].primaryKey]));
}
