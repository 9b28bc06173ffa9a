/**
 * The update desk's check: the chosen files laid over the baseline (what the site publishes
 * now), run through the build's own loader and rules (`loadFiles`), reported as `npm run
 * check` reports (`reportModel`). Pure: the browser passes the baseline's bytes and the
 * coordinate test in.
 */
import type { InsideTest } from '../geo/inside.ts';
import { reportModel, type ReportModel } from '../update/report.ts';
import { changedValues, missingRevisions, rowChanges, type ChangedValue } from '../update/revisions-needed.ts';
import { errorsOf, type DataIssue, type Lang } from '../validation/issues.ts';
import { loadFiles, type DataFiles, type Tables } from '../validation/load-from.ts';
import { readCsvBytes } from '../validation/read-csv.ts';
import { datasets, type Slug } from '../../schemas/index.ts';
import type { Intake } from './intake.ts';

/** What the chosen files change against the baseline, per dataset. */
export interface FileChanges {
  slug: Slug;
  added: string[];
  removed: string[];
  /** Published values that differ (old → new); each needs a revision row. */
  changed: ChangedValue[];
}

export interface DeskCheck {
  issues: DataIssue[];
  tables: Tables;
  report: ReportModel;
  changes: FileChanges[];
}

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : '');

/** Rows added and removed and published values changed, for each chosen file the baseline has. */
export function fileChanges(intake: Intake, baseline: DataFiles): FileChanges[] {
  return intake.files.map((f) => {
    const before = text(baseline(datasets[f.slug].file));
    const after = text(f.csv);
    return { slug: f.slug, ...rowChanges(f.slug, before, after), changed: changedValues(f.slug, before, after) };
  });
}

/** The data files as the build would read them: each chosen file in place of the baseline's. */
export function overlay(intake: Intake, baseline: DataFiles): DataFiles {
  const chosen = new Map(intake.files.map((f) => [datasets[f.slug].file, f.csv]));
  return (name) => chosen.get(name) ?? baseline(name);
}

export function checkDesk(intake: Intake, baseline: DataFiles, isInsideGeorgia: InsideTest, lang: Lang): DeskCheck {
  const files = overlay(intake, baseline);
  const loaded = loadFiles(files, isInsideGeorgia);
  const issues = [...intake.issues, ...loaded.issues];
  const changes = fileChanges(intake, baseline);
  // As `npm run check`: once the data reads cleanly, every changed published value needs its revision row.
  if (errorsOf(issues).length === 0) {
    issues.push(...missingRevisions(changes.filter((c) => c.slug !== 'revisions').flatMap((c) => c.changed), loaded.tables.revisions));
  }
  // The row's first cells as the spreadsheet shows them, so the officer can find it.
  const cells = new Map<string, Map<number, string[]>>();
  const rowCells = (file: string, row: number): string[] | null => {
    if (!cells.has(file)) {
      const read = readCsvBytes(files(file.replace(/^data\//, '')), file);
      cells.set(file, new Map('table' in read ? read.table.records.map((r) => [r.row, r.cells]) : []));
    }
    return cells.get(file)!.get(row) ?? null;
  };
  return { issues, tables: loaded.tables, report: reportModel(issues, lang, rowCells), changes };
}
