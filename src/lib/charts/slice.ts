/**
 * A chart's own data: the rows its SVG, its <table> and its CSV/JSON download are all made
 * from, with column metadata so each is labelled in both languages. Localised columns hold
 * `<key>_ka` and `<key>_en` in each row.
 */
import type { Bilingual } from '../../schemas/columns.ts';

export type CellKind = 'text' | 'localized' | 'year' | 'count' | 'gel' | 'share' | 'signedGel' | 'date' | 'number' | 'state';

export interface SliceColumn {
  key: string;
  label: Bilingual;
  kind: CellKind;
  /** Computed by the site from other figures (shown with a "derived" mark). */
  derived?: boolean;
}

export type SliceRow = Record<string, string | number | null>;

export interface SourceRef {
  sourceId: string;
  ref: string | null;
}

export interface ChartSlice {
  id: string;
  title: Bilingual;
  columns: SliceColumn[];
  rows: SliceRow[];
  sources: SourceRef[];
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
  const names = sliceFieldNames(s);
  return [names.join(','), ...sliceRecords(s).map((r) => names.map((n) => csvCell(r[n] ?? null)).join(','))].join('\n') + '\n';
}

export function sliceToJson(s: ChartSlice): string {
  return JSON.stringify({ id: s.id, title: s.title, columns: s.columns, sources: s.sources, rows: sliceRecords(s) }, null, 2) + '\n';
}

/** Unique sources in first-seen order. */
export function uniqueSources(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.sourceId}|${r.ref ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One entry per source, with all its places: report L6, L7 → { report, [L6, L7] }. */
export function groupRefs(refs: readonly SourceRef[]): { sourceId: string; refs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const r of refs) {
    const list = groups.get(r.sourceId) ?? [];
    if (r.ref && !list.includes(r.ref)) list.push(r.ref);
    groups.set(r.sourceId, list);
  }
  return [...groups].map(([sourceId, list]) => ({ sourceId, refs: list }));
}
