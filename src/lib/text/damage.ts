/**
 * What spreadsheets and conversions do to Georgian text, found in one cell: mojibake (UTF-8
 * misread as a single-byte code page), `�` where a letter could not be read, `?` where a
 * Georgian letter could not be written (Excel's plain "CSV"), and invisible control
 * characters (NUL, a byte-order mark inside the text). Each finding comes with what to tell
 * the person who saved the file, in Georgian and English.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import { CODE_PAGE_NAME, type CodePage } from './codepages.ts';
import { findMojibake } from './mojibake.ts';

export type TextDamageCode = 'mojibake' | 'replacement_character' | 'question_marks' | 'control_character';

export interface TextDamage {
  code: TextDamageCode;
  expected: Bilingual;
  hint: Bilingual;
  /** A short piece of the cell around the damage. */
  found: string;
  /** For mojibake: the code page it was misread as, and the repaired cell where certain. */
  codePage?: CodePage;
  repaired?: string | null;
}

/** Georgian letters: Mkhedruli and Asomtavruli (U+10A0–U+10FF), Mtavruli (U+1C90–U+1CBF), Nuskhuri. */
export const GEORGIAN_LETTER = /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/u;
export const hasGeorgian = (s: string) => GEORGIAN_LETTER.test(s);

/** C0 controls other than tab and line breaks, DEL, C1 controls, a BOM or non-character inside text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/u;

/** A run of `?` where letters were: two or more in a row. */
const QUESTION_RUN = /\?{2,}/;

const cut = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function around(text: string, index: number, max = 32): string {
  const from = Math.max(0, index - 8);
  return `${from > 0 ? '…' : ''}${cut(text.slice(from), max)}`;
}

const TEXT_IN = {
  ka: { en: 'text in Georgian letters', ka: 'ქართული ასოებით დაწერილი ტექსტი' },
  other: { en: 'readable text', ka: 'წაკითხვადი ტექსტი' },
} as const;

/** What each letter of a misread file turns into, as the messages say it. */
export const MISREAD_SIGNS: Record<CodePage, Bilingual> = {
  'windows-1252': { en: 'Latin signs', ka: 'ლათინურ ნიშნად' },
  'windows-1251': { en: 'Cyrillic signs', ka: 'კირილიცის ნიშნად' },
  'iso-8859-1': { en: 'Latin signs and invisible characters', ka: 'ლათინურ და უხილავ ნიშნად' },
};

/** How to reopen a file as UTF-8, for the hints. */
export const REOPEN_AS_UTF8: Bilingual = {
  en: 'in Excel use Data › From Text/CSV and choose File Origin "65001 : Unicode (UTF-8)"; in LibreOffice choose Character set "Unicode (UTF-8)" in the import dialog; then save as "CSV UTF-8 (Comma delimited)"',
  ka: 'Excel-ში აირჩიეთ მონაცემები (Data) › ტექსტიდან/CSV-დან (From Text/CSV) და ფაილის წარმომავლობად (File Origin) მიუთითეთ „65001 : Unicode (UTF-8)“; LibreOffice-ში იმპორტის ფანჯარაში სიმბოლოთა ნაკრებად აირჩიეთ „Unicode (UTF-8)“; შემდეგ შეინახეთ როგორც „CSV UTF-8 (Comma delimited)“',
};

export function mojibakeHint(cp: CodePage, repaired: string | null): Bilingual {
  const name = CODE_PAGE_NAME[cp];
  const what = {
    en: `the file was opened without its encoding (read as ${name.en}) and saved again, so every Georgian letter, and every sign outside plain Latin such as „ “ –, became two or three ${MISREAD_SIGNS[cp].en}`,
    ka: `ფაილი კოდირების მითითების გარეშე გაიხსნა (პროგრამამ ის წაიკითხა როგორც ${name.ka}) და ამ სახით შეინახა, ამიტომ ყოველი ქართული ასო და ყოველი ნიშანი, რომელიც ლათინურ ანბანს არ ეკუთვნის (მაგალითად, „ “ –), ორ-სამ ${MISREAD_SIGNS[cp].ka} იქცა`,
  };
  if (repaired !== null) {
    return {
      en: `${what.en}. It can be restored exactly, and reads "${cut(repaired)}": run npm run check -- --fix for a repaired copy of the file, or reopen the original and choose UTF-8`,
      ka: `${what.ka}. ტექსტის ზუსტად აღდგენა შესაძლებელია; ის ასე იკითხება: „${cut(repaired)}“. გაუშვით npm run check -- --fix და მიიღებთ ფაილის შესწორებულ ასლს, ან ხელახლა გახსენით ორიგინალი და აირჩიეთ UTF-8`,
    };
  }
  return {
    en: `${what.en}; some letters were lost on the way (�), so the text cannot be restored from this file: reopen the original and choose UTF-8`,
    ka: `${what.ka}; ამ დროს ზოგი ასო დაიკარგა (�), ამიტომ ამ ფაილიდან ტექსტის აღდგენა შეუძლებელია: ხელახლა გახსენით ორიგინალი და აირჩიეთ UTF-8`,
  };
}

export const PLAIN_CSV_HINT: Bilingual = {
  en: 'the Georgian letters were replaced by question marks: the file was saved as plain CSV ("CSV (Comma delimited)"), which cannot hold Georgian. They cannot be recovered from this file: save it again as CSV UTF-8 from the original (the workbook or an earlier copy)',
  ka: 'ქართული ასოები კითხვის ნიშნებით შეიცვალა: ფაილი შენახულია როგორც უბრალო CSV („CSV (Comma delimited)“), რომელიც ქართულ ასოებს ვერ იტევს. ამ ფაილიდან მათი აღდგენა შეუძლებელია: ორიგინალიდან (სამუშაო წიგნიდან ან ადრინდელი ასლიდან) ხელახლა შეინახეთ როგორც „CSV UTF-8 (Comma delimited)“',
};

export const REPLACEMENT_HINT: Bilingual = {
  en: 'at some earlier conversion a program could not read these letters and put � in their place; they cannot be recovered from this file: copy the text again from the original document or an earlier copy of the file',
  ka: 'ადრინდელი გადაყვანისას პროგრამამ ეს ასოები ვერ წაიკითხა და მათ ადგილას � ჩასვა; ამ ფაილიდან მათი აღდგენა შეუძლებელია: ტექსტი ხელახლა გადმოიტანეთ ორიგინალი დოკუმენტიდან ან ფაილის ადრინდელი ასლიდან',
};

function controlName(ch: string): Bilingual {
  const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === '\u0000') return { en: `NUL character (${code})`, ka: `ნულოვანი სიმბოლო NUL (${code})` };
  if (ch === '\ufeff') return { en: `byte-order mark (BOM, ${code})`, ka: `ბაიტების რიგის ნიშანი (BOM, ${code})` };
  return { en: `control character (${code})`, ka: `მმართველი სიმბოლო (${code})` };
}

/**
 * The damage in one cell, or null. `georgian` is true for the `_ka` columns: they are also
 * checked for `?` standing where Georgian letters were.
 */
export function textDamage(raw: string, georgian: boolean): TextDamage | null {
  const expected = georgian ? TEXT_IN.ka : TEXT_IN.other;
  const moji = findMojibake(raw);
  if (moji) {
    return {
      code: 'mojibake',
      expected,
      found: moji.excerpt,
      hint: mojibakeHint(moji.codePage, moji.repaired),
      codePage: moji.codePage,
      repaired: moji.repaired,
    };
  }
  const lost = raw.indexOf('\ufffd');
  if (lost >= 0) {
    return {
      code: 'replacement_character',
      expected: { en: `${expected.en}, without the sign � (a lost letter)`, ka: `${expected.ka}, � ნიშნის გარეშე (ის დაკარგული ასოს ადგილას დგას)` },
      found: around(raw, lost),
      hint: REPLACEMENT_HINT,
    };
  }
  if (georgian) {
    const q = QUESTION_RUN.exec(raw);
    // A single ? in a cell with no Georgian letter at all stands for a one-letter word.
    const lone = !q && !hasGeorgian(raw) && raw.includes('?') ? raw.indexOf('?') : -1;
    if (q || lone >= 0) {
      return { code: 'question_marks', expected, found: around(raw, q ? q.index : lone), hint: PLAIN_CSV_HINT };
    }
  }
  const c = CONTROL.exec(raw);
  if (c) {
    const name = controlName(c[0]);
    const at = c.index;
    return {
      code: 'control_character',
      expected: { en: 'text without invisible control characters', ka: 'ტექსტი უხილავი მმართველი სიმბოლოების გარეშე' },
      found: around(raw.slice(0, at) + `[${name.en.replace(/ \(.*$/, '')}]` + raw.slice(at + 1), at),
      hint: {
        en: `the cell holds an invisible ${name.en}, which usually comes in when files are joined or text is pasted from another program; delete it by retyping the text around it`,
        ka: `უჯრაში უხილავი ${name.ka} ურევია; ის ჩვეულებრივ ფაილების გაერთიანებისას ან სხვა პროგრამიდან ტექსტის ჩასმისას ჩნდება. წაშალეთ: ხელახლა აკრიფეთ მის გარშემო მდებარე ტექსტი`,
      },
    };
  }
  return null;
}

/**
 * A Georgian cell with letters, none of them Georgian (English pasted in the wrong column, or
 * text whose letters were replaced): an error unless it is a proper name written the same in
 * both languages (GeoNames, NWBC): the English cell holds exactly the same text and every
 * word of it begins with a capital letter or a digit.
 */
export function notGeorgian(ka: string, en: string | null, enColumn: string | null): { code: 'not_georgian'; expected: Bilingual; hint: Bilingual } | null {
  const text = ka.trim();
  if (!/\p{L}/u.test(text) || hasGeorgian(text)) return null;
  // Words are what spaces separate, so a site's name (Nor.ge, Diaspora.ge) is one capitalised word.
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (en !== null && en.trim() === text && words.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w))) return null;
  const other = enColumn ?? 'the English column';
  return {
    code: 'not_georgian',
    expected: TEXT_IN.ka,
    hint: {
      en: `the cell has letters, but none of them Georgian. Write the Georgian text here and the English in ${other}; a proper name written the same in both languages (such as GeoNames, every word capitalised) is accepted when ${other} holds exactly the same`,
      ka: `უჯრაში ასოებია, მაგრამ არც ერთი ქართული არ არის. აქ ჩაწერეთ ქართული ტექსტი, ინგლისური კი — სვეტში ${enColumn ?? '_en'}; საკუთარი სახელი, რომელიც ორივე ენაზე ერთნაირად იწერება (მაგალითად, GeoNames; ყოველი სიტყვა დიდი ასოთი), მიიღება, თუ სვეტში ${enColumn ?? '_en'} ზუსტად იგივეა ჩაწერილი`,
    },
  };
}
