/**
 * Whole-file diagnosis of lost Georgian text. When most Georgian cells of a file are damaged
 * the same way, the cause is how the whole file was saved or opened, not a typing mistake:
 * say it once for the file — which save option did it and how to recover — and list the rows
 * in one line, instead of one identical message per cell.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import { CODE_PAGE_NAME } from '../text/codepages.ts';
import { MISREAD_SIGNS, REOPEN_AS_UTF8 } from '../text/damage.ts';
import { findMojibake } from '../text/mojibake.ts';
import type { DataIssue } from './issues.ts';

/** Cell codes that mean the text was lost to an encoding accident. */
const CELL_CODES = ['mojibake', 'replacement_character', 'question_marks'] as const;
type CellCode = (typeof CELL_CODES)[number];

export const FILE_CODE: Record<CellCode, string> = {
  mojibake: 'file_mojibake',
  replacement_character: 'file_replacement_characters',
  question_marks: 'file_question_marks',
};

/** Where `npm run check -- --fix` writes the repaired copy of a file. */
export const repairedCopyOf = (file: string) => file.replace(/\.csv$/, '.repaired.csv');

function fileMessage(code: CellCode, file: string, n: number, total: number, cells: string[]): { expected: Bilingual; hint: Bilingual } {
  const ofTotal = { en: `${n} of ${total} Georgian cells`, ka: `${total} ქართული უჯრიდან ${n}-ში` };
  const original = { en: `the workbook the text was typed into, or an earlier copy of ${file}`, ka: `სამუშაო წიგნი, რომელშიც ტექსტი აიკრიფა, ან ${file}-ის ადრინდელი ასლი` };
  if (code === 'question_marks') {
    return {
      expected: {
        en: `Georgian letters in the Georgian columns (${ofTotal.en} have question marks instead)`,
        ka: `ქართული ასოები ქართულ სვეტებში (${ofTotal.ka} ასოების ნაცვლად კითხვის ნიშნებია)`,
      },
      hint: {
        en: `this file was saved as plain CSV (Excel's "CSV (Comma delimited)"), which turns every Georgian letter into ?. The letters cannot be recovered from this file. Open the original (${original.en}) and save it with File › Save As › "CSV UTF-8 (Comma delimited)"`,
        ka: `ეს ფაილი შენახულია როგორც უბრალო CSV (Excel-ის „CSV (Comma delimited)“), რომელიც ყოველ ქართულ ასოს ?-ით ცვლის. ამ ფაილიდან ასოების აღდგენა შეუძლებელია. გახსენით ორიგინალი (${original.ka}) და შეინახეთ ასე: ფაილი › შენახვა როგორც › „CSV UTF-8 (Comma delimited)“`,
      },
    };
  }
  if (code === 'replacement_character') {
    return {
      expected: {
        en: `Georgian letters in the Georgian columns (${ofTotal.en} have � in place of letters)`,
        ka: `ქართული ასოები ქართულ სვეტებში (${ofTotal.ka} ასოების ნაცვლად � დგას)`,
      },
      hint: {
        en: `the letters were lost when the file was converted with a wrong encoding at some earlier step; they cannot be recovered from this file. Take the original (${original.en}) and save it as "CSV UTF-8 (Comma delimited)"`,
        ka: `ასოები დაიკარგა, როცა ფაილი რომელიღაც ადრინდელ ეტაპზე არასწორი კოდირებით გადაიყვანეს; ამ ფაილიდან მათი აღდგენა შეუძლებელია. აიღეთ ორიგინალი (${original.ka}) და შეინახეთ როგორც „CSV UTF-8 (Comma delimited)“`,
      },
    };
  }
  const found = findMojibake(cells.join('\n'));
  const cp = found?.codePage ?? 'windows-1252';
  const name = CODE_PAGE_NAME[cp];
  const what = {
    en: `this file was opened without its encoding (read as ${name.en}) and saved again`,
    ka: `ეს ფაილი კოდირების მითითების გარეშე გაიხსნა (პროგრამამ ის წაიკითხა როგორც ${name.ka}) და ამ სახით შეინახა`,
  };
  const copy = repairedCopyOf(file);
  return {
    expected: {
      en: `Georgian letters in the Georgian columns (in ${ofTotal.en} each Georgian letter has become three ${MISREAD_SIGNS[cp].en})`,
      ka: `ქართული ასოები ქართულ სვეტებში (${ofTotal.ka} თითოეული ქართული ასო სამ ${MISREAD_SIGNS[cp].ka} იქცა)`,
    },
    hint: found?.repaired
      ? {
          en: `${what.en}. It can be restored exactly: npm run check -- --fix writes a repaired copy, ${copy}; look it over and put it in place of ${file}. Or reopen the original as UTF-8: ${REOPEN_AS_UTF8.en}`,
          ka: `${what.ka}. მისი ზუსტად აღდგენა შესაძლებელია: ბრძანება npm run check -- --fix ჩაწერს შესწორებულ ასლს — ${copy}; გადახედეთ მას და ჩაანაცვლეთ მისით ფაილი ${file}. ან ხელახლა გახსენით ორიგინალი UTF-8 კოდირებით: ${REOPEN_AS_UTF8.ka}`,
        }
      : {
          en: `${what.en}, and some letters were lost on the way (�), so it cannot be restored from this file. Reopen the original as UTF-8: ${REOPEN_AS_UTF8.en}`,
          ka: `${what.ka}; ამ დროს ზოგი ასო დაიკარგა (�), ამიტომ ამ ფაილიდან მისი აღდგენა შეუძლებელია. ხელახლა გახსენით ორიგინალი UTF-8 კოდირებით: ${REOPEN_AS_UTF8.ka}`,
        },
  };
}

/**
 * Replaces the per-cell encoding errors of one file by a single whole-file error when they
 * hit most of its Georgian cells (at least two). `georgianCells` is the number of non-empty
 * Georgian cells in the file; `cellOf` gives a damaged cell's text.
 */
export function summarizeFileDamage(
  issues: DataIssue[],
  file: string,
  georgianColumns: ReadonlySet<string>,
  georgianCells: number,
  cellOf: (row: number, column: string) => string,
): DataIssue[] {
  const isDamage = (i: DataIssue) => (CELL_CODES as readonly string[]).includes(i.code) && i.row !== undefined && i.column !== undefined;
  const damaged = issues.filter(isDamage);
  const inGeorgian = damaged.filter((i) => georgianColumns.has(i.column!));
  if (inGeorgian.length < 2 || inGeorgian.length * 2 <= georgianCells) return issues;
  // The most frequent kind names the cause; mojibake first on a tie (it may be repairable).
  const count = (c: CellCode) => inGeorgian.filter((i) => i.code === c).length;
  const code = [...CELL_CODES].sort((a, b) => count(b) - count(a))[0]!;
  const first = inGeorgian.find((i) => i.code === code)!;
  const cells = damaged.map((i) => cellOf(i.row!, i.column!));
  const { expected, hint } = fileMessage(code, file, inGeorgian.length, georgianCells, cells);
  const summary: DataIssue = {
    severity: 'error',
    file,
    code: FILE_CODE[code],
    expected,
    ...(first.found !== undefined ? { found: first.found } : {}),
    hint,
    rows: [...new Set(damaged.map((i) => i.row!))].sort((a, b) => a - b),
  };
  return [summary, ...issues.filter((i) => !isDamage(i))];
}
