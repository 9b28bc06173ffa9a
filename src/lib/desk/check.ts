/**
 * The update desk's check: the chosen files laid over the baseline (what the site publishes
 * now), run through the build's own loader and rules (`loadFiles`), reported as `npm run
 * check` reports (`reportModel`). Pure: the browser passes the baseline's bytes and the
 * coordinate test in.
 */
import type { InsideTest } from '../geo/inside.ts';
import { reportModel, type ReportModel } from '../update/report.ts';
import type { DataIssue, Lang } from '../validation/issues.ts';
import { loadFiles, type DataFiles, type Tables } from '../validation/load-from.ts';
import { readCsvBytes } from '../validation/read-csv.ts';
import { datasets } from '../../schemas/index.ts';
import type { Intake } from './intake.ts';

export interface DeskCheck {
  issues: DataIssue[];
  tables: Tables;
  report: ReportModel;
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
  // The row's first cells as the spreadsheet shows them, so the officer can find it.
  const cells = new Map<string, Map<number, string[]>>();
  const rowCells = (file: string, row: number): string[] | null => {
    if (!cells.has(file)) {
      const read = readCsvBytes(files(file.replace(/^data\//, '')), file);
      cells.set(file, new Map('table' in read ? read.table.records.map((r) => [r.row, r.cells]) : []));
    }
    return cells.get(file)!.get(row) ?? null;
  };
  return { issues, tables: loaded.tables, report: reportModel(issues, lang, rowCells) };
}
