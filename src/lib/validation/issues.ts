/**
 * A problem found in the data, described so that a person with a spreadsheet can fix it:
 * which file, which row (as the spreadsheet numbers it: the header is row 1), which column,
 * what was expected and what was found.
 */
import type { Bilingual } from '../../schemas/columns.ts';

export type Severity = 'error' | 'warning';

export interface DataIssue {
  severity: Severity;
  /** Path from the repository root, e.g. `data/programs.csv`. */
  file: string;
  /** Spreadsheet row number (header = 1); absent for problems with the whole file. */
  row?: number;
  column?: string;
  /** The column's label, when the column is known to the schema. */
  columnLabel?: Bilingual;
  /** A stable machine-readable kind, e.g. `not_integer`, `unknown_source`. */
  code: string;
  expected: Bilingual;
  found?: string;
  hint?: Bilingual;
  /** For a whole-file problem seen in many rows: those rows, listed on one line. */
  rows?: number[];
}

export type Lang = 'ka' | 'en';

const WORDS = {
  en: { row: 'row', rows: 'rows', column: 'column', expected: 'expected', found: 'found', empty: 'an empty cell', warning: 'warning' },
  ka: { row: 'სტრიქონი', rows: 'სტრიქონები', column: 'სვეტი', expected: 'მოსალოდნელი იყო', found: 'ნაპოვნია', empty: 'ცარიელი უჯრა', warning: 'გაფრთხილება' },
} as const;

/** Rows as a person reads them: `2–11, 14, 17–18`. */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? `${start}` : `${start}–${sorted[i]}`);
  }
  return parts.join(', ');
}

function quote(s: string, lang: Lang): string {
  const shown = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return lang === 'ka' ? `„${shown}“` : `"${shown}"`;
}

/** One line: `data/programs.csv, row 4, column budget_gel (Budget): expected …, found "…" — hint`. */
export function formatIssue(issue: DataIssue, lang: Lang): string {
  const w = WORDS[lang];
  const where = [issue.file];
  if (issue.row !== undefined) where.push(`${w.row} ${issue.row}`);
  else if (issue.rows?.length) where.push(`${w.rows} ${rowRanges(issue.rows)}`);
  if (issue.column !== undefined) {
    where.push(`${w.column} ${issue.column}${issue.columnLabel ? ` (${issue.columnLabel[lang]})` : ''}`);
  }
  let line = `${issue.severity === 'warning' ? `${w.warning}: ` : ''}${where.join(', ')}: ${w.expected} ${issue.expected[lang]}`;
  if (issue.found !== undefined) line += `, ${w.found} ${issue.found === '' ? w.empty : quote(issue.found, lang)}`;
  if (issue.hint) line += ` — ${issue.hint[lang]}`;
  return line;
}

export function errorsOf(issues: readonly DataIssue[]): DataIssue[] {
  return issues.filter((i) => i.severity === 'error');
}

/** Thrown when data that did not pass is about to be published. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const errors = errorsOf(issues);
    super(
      `The data did not pass its checks (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was published.\n` +
        errors.map((i) => `  ${formatIssue(i, 'en')}`).join('\n'),
    );
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
