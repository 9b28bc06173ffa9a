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

/** `rowCells(file, row)` returns the row's first cells as the spreadsheet shows them, if known. */
export function formatReport(issues: readonly DataIssue[], lang: Lang, rowCells: (file: string, row: number) => string[] | null = () => null): string {
  const w = W[lang];
  const byFile = new Map<string, DataIssue[]>();
  for (const i of [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
    byFile.set(i.file, [...(byFile.get(i.file) ?? []), i]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(file);
    for (const i of list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))) {
      const isCsv = file.endsWith('.csv');
      const cells = i.row !== undefined && isCsv ? rowCells(file, i.row) : null;
      const where =
        i.row !== undefined
          ? `${isCsv ? w.row : w.line} ${i.row}${cells ? ` (${cells.slice(0, 3).join(' | ')}${cells.length > 3 ? ' | …' : ''})` : ''}`
          : w.file;
      const column = i.column !== undefined ? ` — ${w.column}: ${i.columnLabel ? `${i.columnLabel[lang]} (${i.column})` : i.column}` : '';
      out.push(`  ${i.severity === 'warning' ? `${w.warning}: ` : ''}${where}${column}`);
      if (i.row === undefined && i.rows?.length) out.push(`    ${w.rows}: ${rowRanges(i.rows)}`);
      if (i.found !== undefined) out.push(`    ${w.found}: ${i.found === '' ? w.empty : i.found}`);
      out.push(`    ${w.expected}: ${i.expected[lang]}`);
      if (i.hint) out.push(`    ${w.fix}: ${i.hint[lang]}`);
    }
    out.push('');
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  out.push(errors ? w.bad(errors, issues.length - errors) : w.ok(issues.length));
  return out.join('\n');
}
