/**
 * What changed between two releases, value by value, and which bump that calls for:
 * - major: a dataset or a column was removed (a rename is a removal plus an addition);
 * - minor: a dataset, a column or a row was added;
 * - patch: only values were corrected, or rows withdrawn.
 * Works on the published CSV text (column name → cell), so it compares exactly what a reader
 * downloaded, whatever the schema of either release was.
 */
import type { BumpKind } from './semver.ts';

/** The dataset that logs the changes (revisions.csv). */
export const CHANGE_LOG = 'revisions';

/** One dataset as published: its header and its rows as cells. */
export interface RawTable {
  columns: string[];
  rows: Record<string, string>[];
}

export type RawTables = Readonly<Record<string, RawTable>>;

/** Why a value changed: the matching row of the newer release's revisions.csv. */
export interface ChangeReason {
  revision_id: string;
  date: string;
  change: { ka: string; en: string };
  reason: { ka: string; en: string };
}

export interface CellChange {
  dataset: string;
  key: string;
  column: string;
  old: string;
  new: string;
  reason: ChangeReason | null;
}

export interface RowChange {
  dataset: string;
  key: string;
  change: 'added' | 'removed';
  reason: ChangeReason | null;
}

export interface ColumnChange {
  dataset: string;
  column: string;
  change: 'added' | 'removed';
  reason: ChangeReason | null;
}

export interface DatasetChange {
  dataset: string;
  change: 'added' | 'removed';
  rows: number;
  reason: ChangeReason | null;
}

export interface ChangeCounts {
  datasetsAdded: number;
  datasetsRemoved: number;
  columnsAdded: number;
  columnsRemoved: number;
  rowsAdded: number;
  rowsRemoved: number;
  valuesChanged: number;
}

export interface ReleaseDiff {
  datasets: DatasetChange[];
  columns: ColumnChange[];
  rows: RowChange[];
  values: CellChange[];
  counts: ChangeCounts;
}

/** A row's key: its primary-key cells joined with '/', as revisions.csv names rows (`2017/medical`). */
export function rowKey(row: Record<string, string>, key: readonly string[], index: number): string {
  if (key.length === 0 || key.some((k) => !(k in row))) return `#${index + 1}`;
  return key.map((k) => row[k] ?? '').join('/');
}

function keyed(t: RawTable, key: readonly string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  t.rows.forEach((r, i) => {
    let k = rowKey(r, key, i);
    // A repeated key (never in valid data) still gets compared rather than silently merged.
    while (out.has(k)) k = `${k}#${i + 1}`;
    out.set(k, r);
  });
  return out;
}

interface RevisionLike {
  revision_id: string;
  date: string;
  dataset: string;
  row_key: string;
  column: string;
  change_ka: string;
  change_en: string;
  reason_ka: string;
  reason_en: string;
}

/**
 * The revision row that explains a change, from the newer release's revisions.csv, among the
 * rows dated after the previous release: the most specific match first (row and column, then
 * the row, then the column, then the whole dataset). A changed value is explained only by a row
 * naming its row or column (`wholeDataset: false`): a dataset-wide note such as "added the years
 * 2019–2025" does not explain a corrected word.
 */
export function reasonFor(
  revisions: readonly Record<string, string>[],
  after: string | null,
  where: { dataset: string; key?: string; column?: string },
  wholeDataset = true,
): ChangeReason | null {
  const window = (revisions as readonly Partial<RevisionLike>[]).filter(
    (r) => r.dataset === where.dataset && typeof r.date === 'string' && (after === null || r.date > after),
  );
  const tries: [string | undefined, string | undefined][] = [
    [where.key, where.column],
    [where.key, ''],
    ['', where.column],
    ...(wholeDataset ? [['', ''] as [string, string]] : []),
  ];
  for (const [key, column] of tries) {
    if (key === undefined || column === undefined) continue;
    const hit = window.find((r) => (r.row_key ?? '') === key && (r.column ?? '') === column);
    if (hit)
      return {
        revision_id: hit.revision_id ?? '',
        date: hit.date ?? '',
        change: { ka: hit.change_ka ?? '', en: hit.change_en ?? '' },
        reason: { ka: hit.reason_ka ?? '', en: hit.reason_en ?? '' },
      };
  }
  return null;
}

/**
 * Every change from `before` to `after`. `keys` gives each dataset's primary key; `revisions`
 * are the newer release's revision rows and `since` the previous release's date.
 */
export function diffReleases(
  before: RawTables,
  after: RawTables,
  keys: Readonly<Record<string, readonly string[]>>,
  since: string | null,
): ReleaseDiff {
  const revisions = after.revisions?.rows ?? [];
  const why = (where: { dataset: string; key?: string; column?: string }, wholeDataset = true) => reasonFor(revisions, since, where, wholeDataset);
  const out: ReleaseDiff = {
    datasets: [],
    columns: [],
    rows: [],
    values: [],
    counts: { datasetsAdded: 0, datasetsRemoved: 0, columnsAdded: 0, columnsRemoved: 0, rowsAdded: 0, rowsRemoved: 0, valuesChanged: 0 },
  };
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const dataset of names) {
    const a = before[dataset];
    const b = after[dataset];
    if (!a && b) {
      out.datasets.push({ dataset, change: 'added', rows: b.rows.length, reason: why({ dataset }) });
      continue;
    }
    if (a && !b) {
      out.datasets.push({ dataset, change: 'removed', rows: a.rows.length, reason: why({ dataset }) });
      continue;
    }
    if (!a || !b) continue;
    for (const column of b.columns.filter((c) => !a.columns.includes(c)))
      out.columns.push({ dataset, column, change: 'added', reason: why({ dataset, column }) });
    for (const column of a.columns.filter((c) => !b.columns.includes(c)))
      out.columns.push({ dataset, column, change: 'removed', reason: why({ dataset, column }) });
    const key = keys[dataset] ?? [];
    const ra = keyed(a, key);
    const rb = keyed(b, key);
    const shared = a.columns.filter((c) => b.columns.includes(c));
    for (const [k, row] of rb) {
      const old = ra.get(k);
      if (!old) {
        out.rows.push({ dataset, key: k, change: 'added', reason: why({ dataset, key: k }) });
        continue;
      }
      for (const column of shared) {
        const was = old[column] ?? '';
        const now = row[column] ?? '';
        if (was !== now) out.values.push({ dataset, key: k, column, old: was, new: now, reason: why({ dataset, key: k, column }, false) });
      }
    }
    for (const k of ra.keys()) if (!rb.has(k)) out.rows.push({ dataset, key: k, change: 'removed', reason: why({ dataset, key: k }) });
  }
  const c = out.counts;
  c.datasetsAdded = out.datasets.filter((d) => d.change === 'added').length;
  c.datasetsRemoved = out.datasets.filter((d) => d.change === 'removed').length;
  c.columnsAdded = out.columns.filter((d) => d.change === 'added').length;
  c.columnsRemoved = out.columns.filter((d) => d.change === 'removed').length;
  // The change log's own rows record the other changes (a correction adds one): they are
  // listed, but counting them would make every correction a minor release.
  c.rowsAdded = out.rows.filter((d) => d.change === 'added' && d.dataset !== CHANGE_LOG).length;
  c.rowsRemoved = out.rows.filter((d) => d.change === 'removed' && d.dataset !== CHANGE_LOG).length;
  c.valuesChanged = out.values.length;
  return out;
}

/** The bump a diff calls for, or null when nothing changed (no release to make). */
export function bumpKind(counts: ChangeCounts): BumpKind | null {
  if (counts.datasetsRemoved > 0 || counts.columnsRemoved > 0) return 'major';
  if (counts.datasetsAdded > 0 || counts.columnsAdded > 0 || counts.rowsAdded > 0) return 'minor';
  if (counts.valuesChanged > 0 || counts.rowsRemoved > 0) return 'patch';
  return null;
}
