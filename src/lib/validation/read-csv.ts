/**
 * Reads one CSV file the way Excel and LibreOffice save "CSV UTF-8": with or without a BOM,
 * LF or CRLF line ends, quoted fields holding commas or line breaks. Anything else (another
 * encoding, semicolons, an empty or missing file) becomes a DataIssue saying how to save the
 * file right, never a stack trace.
 */
import Papa from 'papaparse';
import { decodeSingleByte } from '../text/codepages.ts';
import { PLAIN_CSV_HINT } from '../text/damage.ts';
import type { DataIssue } from './issues.ts';

export interface RawTable {
  header: string[];
  /** Data records with the spreadsheet row number of each (header = row 1). */
  records: { row: number; cells: string[] }[];
}

const SAVE_AS: DataIssue['hint'] = {
  en: 'in Excel use File › Save As › "CSV UTF-8 (Comma delimited)"; in LibreOffice use File › Save As › "Text CSV", character set "Unicode (UTF-8)", field delimiter ","',
  ka: 'Excel-ში: ფაილი › შენახვა როგორც › „CSV UTF-8 (Comma delimited)“; LibreOffice-ში: ფაილი › შენახვა როგორც › „Text CSV“, სიმბოლოთა ნაკრები „Unicode (UTF-8)“, ველების გამყოფი „,“',
};

function fileIssue(file: string, code: string, expected: DataIssue['expected'], found: string, hint = SAVE_AS): DataIssue {
  return { severity: 'error', file, code, expected, found, ...(hint ? { hint } : {}) };
}

/** Decode bytes as UTF-8, or explain which encoding the file seems to be in. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: DataIssue } {
  const expected = { en: 'a file saved as CSV UTF-8', ka: 'ფაილი, შენახული როგორც CSV UTF-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: fileIssue(file, 'encoding', expected, 'UTF-16 (Excel "Unicode Text")') };
  }
  // UTF-16 without a BOM shows up as a NUL byte beside most ASCII characters.
  if (bytes.subarray(0, 200).includes(0)) {
    return { issue: fileIssue(file, 'encoding', expected, 'UTF-16 or another two-byte encoding') };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    // Excel's plain "CSV (Comma delimited)" writes Windows-1252: Georgian letters become `?`,
    // and the quotes „ “ and dashes it can hold become bytes that are not UTF-8.
    if (/\?{2,}/.test(decodeSingleByte(bytes, 'windows-1252'))) {
      return {
        issue: fileIssue(file, 'encoding', expected, 'Windows-1252 (plain CSV): Georgian letters became ?', PLAIN_CSV_HINT),
      };
    }
    return { issue: fileIssue(file, 'encoding', expected, 'not UTF-8 (probably Windows-1252 or another legacy encoding)') };
  }
}

/** Parse decoded CSV text. `file` is only used to name the file in issues. */
export function parseCsvText(text: string, file: string): { table: RawTable } | { issues: DataIssue[] } {
  if (text.trim() === '') {
    return {
      issues: [
        fileIssue(file, 'empty_file', { en: 'a header row and data rows', ka: 'სათაურების სტრიქონი და მონაცემთა სტრიქონები' }, '', {
          en: 'the file is empty; restore it from the last published version and add the rows again',
          ka: 'ფაილი ცარიელია; აღადგინეთ ბოლო გამოქვეყნებული ვერსიიდან და ხელახლა დაამატეთ სტრიქონები',
        }),
      ],
    };
  }
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const rows = result.data;
  // A BOM misread as Windows-1252 (`ï»¿`) or -1251 (`п»ї`) is still only a BOM: drop it, so the
  // header is read and the misread cells below are diagnosed (and repaired) as such.
  const header = (rows[0] ?? []).map((h, i) => (i === 0 ? h.replace(/^(?:\u00ef\u00bb\u00bf|\u043f\u00bb\u0457)+/, '') : h).trim());
  if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    const sep = header[0]!.includes(';') ? ';' : 'tab';
    return {
      issues: [
        fileIssue(
          file,
          'separator',
          { en: 'columns separated by commas (,)', ka: 'სვეტები, გამოყოფილი მძიმით (,)' },
          sep === ';' ? 'columns separated by semicolons (;)' : 'columns separated by tabs',
        ),
      ],
    };
  }
  const issues: DataIssue[] = [];
  for (const e of result.errors) {
    // Field-count mismatches are reported below with the spreadsheet row; keep the rest.
    if (e.code === 'TooFewFields' || e.code === 'TooManyFields' || e.code === 'UndetectableDelimiter') continue;
    issues.push({
      severity: 'error',
      file,
      ...(e.row !== undefined ? { row: e.row + 1 } : {}),
      code: 'csv_syntax',
      expected: { en: 'well-formed CSV (every opening quote closed)', ka: 'სწორი CSV (ყველა გახსნილი ბრჭყალი დახურულია)' },
      found: e.message,
      hint: SAVE_AS,
    });
  }
  const records: RawTable['records'] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.length === 1 && cells[0]!.trim() === '') return; // blank line
    if (cells.every((c) => c.trim() === '')) return; // a row of empty cells, as spreadsheets leave
    if (cells.length !== header.length) {
      issues.push({
        severity: 'error',
        file,
        row,
        code: 'field_count',
        expected: { en: `${header.length} cells, one per column`, ka: `${header.length} უჯრა, თითო სვეტზე ერთი` },
        found: `${cells.length} cells`,
        hint: {
          en: 'a cell that contains a comma must be in double quotes; a spreadsheet program adds them when it saves as CSV',
          ka: 'მძიმის შემცველი უჯრა ორმაგ ბრჭყალებში უნდა იყოს; ცხრილის პროგრამა მათ CSV-ად შენახვისას თავად ამატებს',
        },
      });
      return;
    }
    records.push({ row, cells });
  });
  return issues.length ? { issues } : { table: { header, records } };
}

/** Decode and parse a file's bytes (undefined: the file does not exist). */
export function readCsvBytes(bytes: Uint8Array | undefined, file: string): { table: RawTable } | { issues: DataIssue[] } {
  if (bytes === undefined) {
    return {
      issues: [
        fileIssue(file, 'missing_file', { en: 'this file to exist', ka: 'ეს ფაილი უნდა არსებობდეს' }, 'no such file', {
          en: 'restore the file or check its name (lower case, .csv)',
          ka: 'აღადგინეთ ფაილი ან შეამოწმეთ მისი სახელი (პატარა ასოებით, .csv)',
        }),
      ],
    };
  }
  const decoded = decodeUtf8(bytes, file);
  if ('issue' in decoded) return { issues: [decoded.issue] };
  return parseCsvText(decoded.text, file);
}
