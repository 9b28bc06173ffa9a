/**
 * A published figure never changes silently: when a value that was published (non-empty in
 * the last published version of a CSV file) changes or is emptied, data/revisions.csv must
 * hold a row for that dataset, row and column saying what changed and why.
 */
import Papa from 'papaparse';
import { datasets, type Slug } from '../../schemas/index.ts';
import type { Row } from '../../schemas/index.ts';
import type { DataIssue } from '../validation/issues.ts';

export interface ChangedValue {
  slug: Slug;
  rowKey: string;
  column: string;
  before: string;
  after: string;
  /** Spreadsheet row of the changed row now (header = 1); absent when the row was removed. */
  row?: number;
}

/** A CSV file's rows by primary key (`2017`, `2017/income_projects`), each with its cells and spreadsheet row. */
export function keyed(slug: Slug, csv: string): Map<string, { cells: Record<string, string>; row: number }> {
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() }).data;
  const pk = datasets[slug].primaryKey as readonly string[];
  return new Map(rows.map((r, i) => [pk.map((k) => (r[k] ?? '').trim()).join('/'), { cells: r, row: i + 2 }]));
}

/** Values that were published (non-empty before) and differ now, including rows removed. */
export function changedValues(slug: Slug, publishedCsv: string, currentCsv: string): ChangedValue[] {
  const before = keyed(slug, publishedCsv);
  const after = keyed(slug, currentCsv);
  const out: ChangedValue[] = [];
  for (const [rowKey, old] of before) {
    const now = after.get(rowKey);
    for (const column of Object.keys(datasets[slug].columns)) {
      const was = (old.cells[column] ?? '').trim();
      const is = (now?.cells[column] ?? '').trim();
      if (was !== '' && was !== is) out.push({ slug, rowKey, column, before: was, after: is, ...(now ? { row: now.row } : {}) });
    }
  }
  return out;
}

/** An issue for each changed value that no revision row explains. */
export function missingRevisions(changes: readonly ChangedValue[], revisions: readonly Row<'revisions'>[], revisionsFile = 'data/revisions.csv'): DataIssue[] {
  return changes
    .filter((c) => !revisions.some((r) => r.dataset === c.slug && r.row_key === c.rowKey && (r.column === null || r.column === c.column)))
    .map((c) => ({
      severity: 'error' as const,
      file: `data/${datasets[c.slug].file}`,
      ...(c.row !== undefined ? { row: c.row } : {}),
      column: c.column,
      columnLabel: (datasets[c.slug].columns as Record<string, { meta: { label: { ka: string; en: string } } }>)[c.column]!.meta.label,
      code: 'revision_needed',
      expected: {
        en: `a row in ${revisionsFile} for this change (dataset ${c.slug}, row_key ${c.rowKey}, column ${c.column}), because the published value was "${c.before}"`,
        ka: `სტრიქონი ფაილში ${revisionsFile} ამ ცვლილებისთვის (dataset ${c.slug}, row_key ${c.rowKey}, column ${c.column}), რადგან გამოქვეყნებული მნიშვნელობა იყო „${c.before}“`,
      },
      found: c.after,
      hint: {
        en: `add a row with status "revised", saying what changed and why; readers see it on the changes page`,
        ka: `დაამატეთ სტრიქონი სტატუსით „revised“: რა შეიცვალა და რატომ; მკითხველი მას ცვლილებების გვერდზე ნახავს`,
      },
    }));
}

/** What a new version of a file does to its rows: keys added and removed (cells changed: `changedValues`). */
export function rowChanges(slug: Slug, publishedCsv: string, currentCsv: string): { added: string[]; removed: string[] } {
  const before = keyed(slug, publishedCsv);
  const after = keyed(slug, currentCsv);
  return { added: [...after.keys()].filter((k) => !before.has(k)), removed: [...before.keys()].filter((k) => !after.has(k)) };
}
