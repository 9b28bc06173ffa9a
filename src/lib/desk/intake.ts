/**
 * The files an officer chose on the update desk → one CSV per dataset, ready for the
 * validator, and a clear issue for every file that cannot be one: a name that is no dataset,
 * two files for one dataset, a file too large, a file that is neither CSV nor XLSX, a
 * workbook without its data sheet. An XLSX (the site's own download, edited) becomes the CSV
 * the repository holds: the column name from each header cell's last line, numbers as plain
 * digits, rows where the spreadsheet has them.
 */
import { datasets, slugs, type Slug } from '../../schemas/index.ts';
import type { DataIssue } from '../validation/issues.ts';
import { readSheets, XlsxError, type SheetRows } from './xlsx-sheet.ts';

import { MAX_BYTES } from './limits.ts';

export interface ChosenFile {
  name: string;
  size: number;
  /** The bytes; absent for a file too large to read. */
  bytes?: Uint8Array;
}

export interface IntakeFile {
  slug: Slug;
  /** The name the officer chose. */
  chosen: string;
  format: 'csv' | 'xlsx';
  /** The file as the repository holds it (CSV UTF-8). */
  csv: Uint8Array;
}

export interface Intake {
  files: IntakeFile[];
  issues: DataIssue[];
}

const XLSX_SHEET = 'data';

/** `programs.csv`, `programs (1).xlsx`, `programs-excel.csv` → programs; anything else → null. */
export function slugOfFileName(name: string): { slug: Slug | null; format: 'csv' | 'xlsx' | null } {
  const base = name.split(/[\\/]/).pop()!.toLowerCase().trim();
  const ext = /\.(csv|xlsx)$/.exec(base)?.[1] as 'csv' | 'xlsx' | undefined;
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/\s*\(\d+\)$/, '')
    .replace(/-excel$/, '');
  const slug = (slugs as string[]).includes(stem) ? (stem as Slug) : null;
  return { slug, format: ext ?? null };
}

const datasetList = () => slugs.map((s) => datasets[s].file).join(', ');

function problem(file: string, code: string, expected: DataIssue['expected'], found: string, hint?: DataIssue['hint']): DataIssue {
  return { severity: 'error', file, code, expected, found, ...(hint ? { hint } : {}) };
}

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** The data sheet: the one named `data`, else the one whose header names the most columns of the dataset. */
function dataSheet(sheets: readonly SheetRows[], slug: Slug): SheetRows | undefined {
  const named = sheets.find((s) => s.name === XLSX_SHEET);
  if (named) return named;
  const columns = new Set(Object.keys(datasets[slug].columns));
  const score = (s: SheetRows) => (s.rows[0] ?? []).filter((h) => columns.has(headerName(h))).length;
  const best = [...sheets].sort((a, b) => score(b) - score(a))[0];
  return best && score(best) > 0 ? best : undefined;
}

/** A header cell of the site's workbook holds "label ka\nlabel en\ncolumn": the column is the last line. */
const headerName = (cell: string) => cell.split('\n').pop()!.trim();

/** The CSV text of a data sheet (blank lines where the sheet has empty rows, so row numbers match). */
export function sheetCsv(sheet: SheetRows): string {
  const [header = [], ...body] = sheet.rows;
  const width = header.length;
  const lines = [header.map((h) => quote(headerName(h))).join(',')];
  for (const row of body) {
    const cells = Array.from({ length: Math.max(width, row.length) }, (_, i) => row[i] ?? '');
    lines.push(cells.every((c) => c === '') ? '' : cells.map(quote).join(','));
  }
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

export function intake(chosen: readonly ChosenFile[]): Intake {
  const issues: DataIssue[] = [];
  const bySlug = new Map<Slug, ChosenFile[]>();
  for (const f of chosen) {
    const { slug, format } = slugOfFileName(f.name);
    if (format === null) {
      issues.push(
        problem(f.name, 'not_csv_or_xlsx', { en: 'a CSV file (.csv) or an Excel workbook (.xlsx)', ka: 'CSV ფაილი (.csv) ან Excel-ის წიგნი (.xlsx)' }, f.name, {
          en: 'save the table as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx), and choose that file',
          ka: 'შეინახეთ ცხრილი როგორც „CSV UTF-8 (Comma delimited)“ ან Excel-ის წიგნი (.xlsx) და აირჩიეთ ეს ფაილი',
        }),
      );
      continue;
    }
    if (slug === null) {
      issues.push(
        problem(f.name, 'unknown_dataset', { en: `the name of a dataset: ${datasetList()}`, ka: `მონაცემთა ნაკრების სახელი: ${datasetList()}` }, f.name, {
          en: 'give the file the name it has in the repository (or on the site\'s download), e.g. programs.csv or programs.xlsx',
          ka: 'ფაილს დაარქვით ის სახელი, რომელიც მას რეპოზიტორიაში (ან საიტიდან ჩამოტვირთვისას) აქვს, მაგ. programs.csv ან programs.xlsx',
        }),
      );
      continue;
    }
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), f]);
  }
  const files: IntakeFile[] = [];
  for (const [slug, list] of bySlug) {
    const file = `data/${datasets[slug].file}`;
    if (list.length > 1) {
      issues.push(
        problem(file, 'two_files', { en: 'one file per dataset', ka: 'თითო მონაცემთა ნაკრებისთვის ერთი ფაილი' }, list.map((f) => f.name).join(', '), {
          en: 'choose only the file you edited last',
          ka: 'აირჩიეთ მხოლოდ ის ფაილი, რომელიც ბოლოს შეცვალეთ',
        }),
      );
      continue;
    }
    const f = list[0]!;
    const format = slugOfFileName(f.name).format!;
    if (f.size > MAX_BYTES || f.bytes === undefined) {
      issues.push(
        problem(file, 'too_large', { en: `a file of at most ${MAX_BYTES / 1024 / 1024} MB (the data files are far smaller)`, ka: `ფაილი არაუმეტეს ${MAX_BYTES / 1024 / 1024} მბ-ისა (მონაცემთა ფაილები გაცილებით მცირეა)` }, `${f.name}: ${(f.size / 1024 / 1024).toFixed(1)} MB`, {
          en: 'check that you chose the right file; a data file holds only its own rows',
          ka: 'შეამოწმეთ, სწორი ფაილი აირჩიეთ თუ არა; მონაცემთა ფაილი მხოლოდ თავის სტრიქონებს შეიცავს',
        }),
      );
      continue;
    }
    if (format === 'csv') {
      files.push({ slug, chosen: f.name, format, csv: f.bytes });
      continue;
    }
    let sheets: SheetRows[];
    try {
      sheets = readSheets(f.bytes);
    } catch (e) {
      if (!(e instanceof XlsxError)) throw e;
      issues.push(
        problem(file, 'not_xlsx', { en: 'an Excel workbook (.xlsx)', ka: 'Excel-ის წიგნი (.xlsx)' }, `${f.name}: ${e.message}`, {
          en: 'open the file in Excel or LibreOffice and save it again as "Excel Workbook (.xlsx)", or save it as CSV UTF-8',
          ka: 'გახსენით ფაილი Excel-ში ან LibreOffice-ში და ხელახლა შეინახეთ როგორც „Excel Workbook (.xlsx)“, ან შეინახეთ როგორც CSV UTF-8',
        }),
      );
      continue;
    }
    const sheet = dataSheet(sheets, slug);
    if (!sheet) {
      issues.push(
        problem(file, 'no_data_sheet', { en: `a sheet named "${XLSX_SHEET}" whose first row holds the column names`, ka: `ფურცელი სახელით „${XLSX_SHEET}“, რომლის პირველ სტრიქონში სვეტების სახელებია` }, `${f.name}: ${sheets.map((s) => s.name).join(', ')}`, {
          en: `give the rows' sheet its name "${XLSX_SHEET}" back, and keep its header row as downloaded`,
          ka: `სტრიქონების ფურცელს დაუბრუნეთ სახელი „${XLSX_SHEET}“ და სათაურების სტრიქონი დატოვეთ ისე, როგორც ჩამოიტვირთა`,
        }),
      );
      continue;
    }
    files.push({ slug, chosen: f.name, format, csv: new TextEncoder().encode(sheetCsv(sheet)) });
  }
  return { files, issues };
}
