/**
 * The rows of data/revisions.csv the desk writes for changed published values: one per
 * value, status "revised", what changed (the column's label, old → new) and why (the
 * officer's reason in both languages), appended to the file as the baseline has it.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import { datasets } from '../../schemas/index.ts';
import { appendRow } from '../update/new-year.ts';
import type { ChangedValue } from '../update/revisions-needed.ts';

/** A revision id from the date and the cell (an id starts with a letter): `revised-2026-12-02-programs-2017-budget_gel`. */
export function revisionId(c: ChangedValue, date: string): string {
  return `revised-${date}-${c.slug}-${c.rowKey}-${c.column}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

const EMPTY: Bilingual = { ka: 'ცარიელი', en: 'empty' };

/** `revisionsCsv` with one row per changed value; `reason(c)` is the officer's note. */
export function withRevisionRows(revisionsCsv: string, changes: readonly ChangedValue[], reason: (c: ChangedValue) => Bilingual, date: string): string {
  let csv = revisionsCsv;
  for (const c of changes) {
    const label = (datasets[c.slug].columns as Record<string, { meta: { label: Bilingual } }>)[c.column]!.meta.label;
    const note = reason(c);
    csv = appendRow(csv, {
      revision_id: revisionId(c, date),
      date,
      dataset: c.slug,
      row_key: c.rowKey,
      column: c.column,
      status: 'revised',
      change_ka: `${label.ka}: ${c.before} → ${c.after || EMPTY.ka}`,
      change_en: `${label.en}: ${c.before} → ${c.after || EMPTY.en}`,
      reason_ka: note.ka.trim(),
      reason_en: note.en.trim(),
    });
  }
  return csv;
}
