/**
 * A chart's own data: the rows its SVG, its <table> and its CSV/JSON download are all made
 * from, with column metadata so each is labelled in both languages. Localised columns hold
 * `<key>_ka` and `<key>_en` in each row.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import type { DisplayKind } from '../../schemas/display.ts';
import type { SourceRef } from '../domain/provenance.ts';
import type { DerivedFormula } from '../domain/derive.ts';

/**
 * How a chart cell reads: a display kind of the schemas (src/schemas/display.ts), or
 * `localized` (the row holds `<key>_ka` and `<key>_en`) or `state` (a service-matrix cell).
 */
export type CellKind = DisplayKind | 'localized' | 'state';

export interface SliceColumn {
  key: string;
  label: Bilingual;
  kind: CellKind;
  /** The row's column holding this figure's comparison (exact, at_least …): the cell reads "more than …". */
  comparisonKey?: string;
  /** Computed by the site from other figures (shown with a "derived" mark), and by which formula. */
  derived?: DerivedFormula;
}

export type SliceRow = Record<string, string | number | null>;


/** Where one row's values come from: its year (null when the row has none) and its sources. */
export interface RowProvenance {
  year: number | null;
  sources: SourceRef[];
}

export interface ChartSlice {
  id: string;
  title: Bilingual;
  columns: SliceColumn[];
  rows: SliceRow[];
  sources: SourceRef[];
  /**
   * Each row's year and sources (parallel to `rows`), so the chart's CSV/JSON carry the year
   * and source of every value. A slice without it gives each row the slice's sources.
   */
  provenance?: RowProvenance[];
}

/** The provenance fields every chart download ends with. */
export const PROVENANCE_FIELDS = ['value_year', 'source_ids', 'source_refs'] as const;

/** A row's provenance as download cells: its year, and its sources and places joined with ';'. */
function provenanceCells(s: ChartSlice, i: number): SliceRow {
  const p = s.provenance?.[i];
  const row = s.rows[i]!;
  const year = p ? p.year : typeof row.year === 'number' ? row.year : null;
  const refs = p ? p.sources : s.sources;
  return {
    value_year: year,
    source_ids: refs.length ? refs.map((r) => r.sourceId).join(';') : null,
    source_refs: refs.some((r) => r.ref) ? refs.map((r) => r.ref ?? '').join(';') : null,
  };
}

/** The download's rows: the slice's fields, then each row's year and sources. */
export function downloadRecords(s: ChartSlice): SliceRow[] {
  return sliceRecords(s).map((r, i) => ({ ...r, ...provenanceCells(s, i) }));
}

/** Flat column names of a slice's download: localised columns become `<key>_ka`, `<key>_en`. */
export function sliceFieldNames(s: Pick<ChartSlice, 'columns'>): string[] {
  return s.columns.flatMap((c) => (c.kind === 'localized' ? [`${c.key}_ka`, `${c.key}_en`] : [c.key]));
}

/** Rows with exactly the download's fields, in order (missing stays null). */
export function sliceRecords(s: ChartSlice): SliceRow[] {
  const names = sliceFieldNames(s);
  return s.rows.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null])));
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') throw new Error(`A text cell would start a spreadsheet formula: ${s}`);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sliceToCsv(s: ChartSlice): string {
  const names = [...sliceFieldNames(s), ...PROVENANCE_FIELDS];
  return [names.join(','), ...downloadRecords(s).map((r) => names.map((n) => csvCell(r[n] ?? null)).join(','))].join('\n') + '\n';
}

export function sliceToJson(s: ChartSlice): string {
  // The download says only *that* a column is derived; its formula is written on the page.
  const columns = s.columns.map(({ derived, ...c }) => (derived ? { ...c, derived: true } : c));
  return JSON.stringify({ id: s.id, title: s.title, columns, sources: s.sources, rows: downloadRecords(s) }, null, 2) + '\n';
}
