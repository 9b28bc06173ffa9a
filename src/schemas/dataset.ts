/**
 * A dataset declaration: its slug (file, page and download names all derive from it), its
 * titles, its columns (see columns.ts), its keys and the rules that look at a whole row.
 */
import { z } from 'zod';
import type { Bilingual, Column } from './columns.ts';

export type Columns = Record<string, Column<any>>;

export type RowOf<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer T> ? T : never };

/** A problem that a row rule found; `column` is the cell a person should look at. */
export interface RowProblem {
  column: string;
  code: string;
  expected: Bilingual;
  found: string;
  hint?: Bilingual;
}

export interface ForeignKey {
  /** Column of this dataset. */
  field: string;
  /** Slug of the referenced dataset and its key column. */
  resource: string;
  resourceField: string;
}

/** `field` holds values of `resource`'s `resourceField` (e.g. a year in programs.csv). */
export const foreignKey = (field: string, resource: string, resourceField: string): ForeignKey => ({ field, resource, resourceField });

export interface DatasetDef<C extends Columns> {
  slug: string;
  title: Bilingual;
  description: Bilingual;
  columns: C;
  primaryKey: readonly (keyof C & string)[];
  foreignKeys?: readonly ForeignKey[];
  /** Checks that need several cells of one row (dates in order, precision matches, …). */
  rowRules?: (row: RowOf<C>) => RowProblem[];
}

export interface Dataset<C extends Columns> extends DatasetDef<C> {
  /** Path of the CSV file, relative to the data folder. */
  file: string;
  /** Cells (strings) → typed row. */
  cellSchema: z.ZodType<RowOf<C>, Record<string, string>>;
  /** The typed row, as pages, JSON downloads and the content layer see it. */
  rowSchema: z.ZodType<RowOf<C>>;
}

export function defineDataset<C extends Columns>(def: DatasetDef<C>): Dataset<C> {
  const cells: Record<string, z.ZodType> = {};
  const values: Record<string, z.ZodType> = {};
  for (const [name, col] of Object.entries(def.columns)) {
    cells[name] = col.cell;
    values[name] = col.value;
  }
  return {
    ...def,
    file: `${def.slug}.csv`,
    cellSchema: z.object(cells) as unknown as Dataset<C>['cellSchema'],
    rowSchema: z.object(values) as unknown as Dataset<C>['rowSchema'],
  };
}

/** Column names in declaration order: the CSV header and every download follow it. */
export function columnNames(d: { columns: Columns }): string[] {
  return Object.keys(d.columns);
}

/** Pairs of columns `<base>_ka` / `<base>_en` that must be filled together. */
export function bilingualPairs(d: { columns: Columns }): [string, string][] {
  return columnNames(d)
    .filter((n) => n.endsWith('_ka') && `${n.slice(0, -3)}_en` in d.columns)
    .map((n) => [n, `${n.slice(0, -3)}_en`]);
}
