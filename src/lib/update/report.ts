/**
 * The check's report for a person: problems grouped by file, each with the row as the
 * spreadsheet numbers it (and its first cells, to find it), the column's label in the chosen
 * language, what was found, what was expected and how to fix it. Warnings come after errors.
 */
import { rowRanges, type DataIssue, type Lang } from '../validation/issues.ts';

const W = {
  en: {
    row: 'Row', rows: 'Rows', line: 'Line', column: 'Column', found: 'Found', expected: 'Expected', fix: 'How to fix', empty: '(empty)',
    warning: 'Warning', file: 'The whole file',
    ok: (n: number) => `No errors. ${n} warning(s).`,
    bad: (e: number, w: number) => `${e} error(s), ${w} warning(s). Fix the errors; nothing can be published until then.`,
  },
  ka: {
    row: 'სტრიქონი', rows: 'სტრიქონები', line: 'ხაზი', column: 'სვეტი', found: 'ნაპოვნია', expected: 'მოსალოდნელი იყო', fix: 'როგორ გავასწოროთ', empty: '(ცარიელი)',
    warning: 'გაფრთხილება', file: 'მთელი ფაილი',
    ok: (n: number) => `შეცდომა არ არის. გაფრთხილება: ${n}.`,
    bad: (e: number, w: number) => `შეცდომა: ${e}, გაფრთხილება: ${w}. შეასწორეთ შეცდომები; მანამდე ვერაფერი გამოქვეყნდება.`,
  },
} as const;

/** One problem as the report shows it: every line already in the chosen language. */
export interface ReportItem {
  severity: DataIssue['severity'];
  code: string;
  file: string;
  row?: number;
  /** The column's name in the file, if any. */
  column?: string;
  /** `Row 4 (2017 | …)`, `Line 11` or `The whole file`, with the warning prefix if any. */
  where: string;
  /** `Column: Budget (budget_gel)`, or null. */
  columnText: string | null;
  /** Labelled lines: rows, found, expected, how to fix. */
  lines: { label: string; text: string }[];
}

export interface ReportModel {
  files: { file: string; items: ReportItem[] }[];
  errors: number;
  warnings: number;
  /** `3 error(s), 1 warning(s). Fix the errors…` or `No errors. …` */
  summary: string;
}

/** The report's content, grouped by file (errors first); `formatReport` and the update desk draw it. */
export function reportModel(issues: readonly DataIssue[], lang: Lang, rowCells: (file: string, row: number) => string[] | null = () => null): ReportModel {
  const w = W[lang];
  const byFile = new Map<string, DataIssue[]>();
  for (const i of [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
    byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
  }
  const files: ReportModel['files'] = [];
  for (const [file, list] of byFile) {
    const items = list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).map((i): ReportItem => {
      const isCsv = file.endsWith('.csv');
      const cells = i.row !== undefined && isCsv ? rowCells(file, i.row) : null;
      const where =
        i.row !== undefined
          ? `${isCsv ? w.row : w.line} ${i.row}${cells ? ` (${cells.slice(0, 3).join(' | ')}${cells.length > 3 ? ' | …' : ''})` : ''}`
          : w.file;
      const lines: ReportItem['lines'] = [];
      if (i.row === undefined && i.rows?.length) lines.push({ label: w.rows, text: rowRanges(i.rows) });
      if (i.found !== undefined) lines.push({ label: w.found, text: i.found === '' ? w.empty : i.found });
      lines.push({ label: w.expected, text: i.expected[lang] });
      if (i.hint) lines.push({ label: w.fix, text: i.hint[lang] });
      return {
        severity: i.severity,
        code: i.code,
        file,
        ...(i.row !== undefined ? { row: i.row } : {}),
        ...(i.column !== undefined ? { column: i.column } : {}),
        where: `${i.severity === 'warning' ? `${w.warning}: ` : ''}${where}`,
        columnText: i.column !== undefined ? `${w.column}: ${i.columnLabel ? `${i.columnLabel[lang]} (${i.column})` : i.column}` : null,
        lines,
      };
    });
    files.push({ file, items });
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { files, errors, warnings: issues.length - errors, summary: errors ? w.bad(errors, issues.length - errors) : w.ok(issues.length) };
}

/** `rowCells(file, row)` returns the row's first cells as the spreadsheet shows them, if known. */
export function formatReport(issues: readonly DataIssue[], lang: Lang, rowCells: (file: string, row: number) => string[] | null = () => null): string {
  const model = reportModel(issues, lang, rowCells);
  const out: string[] = [];
  for (const { file, items } of model.files) {
    out.push(file);
    for (const i of items) {
      out.push(`  ${i.where}${i.columnText ? ` — ${i.columnText}` : ''}`);
      for (const l of i.lines) out.push(`    ${l.label}: ${l.text}`);
    }
    out.push('');
  }
  out.push(model.summary);
  return out.join('\n');
}
