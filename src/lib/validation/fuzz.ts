/**
 * Property-based fuzzing of the loader over the real datasets (fast-check): one data file is
 * edited at random — characters deleted and inserted, quotes, separators, BOMs in the middle,
 * NUL, very long cells, truncation, duplicated and deleted lines, swapped header cells — and
 * then, perhaps, damaged the way spreadsheets damage Georgian text: saved as plain CSV in
 * Windows-1252/1251/Latin-1 (letters become ?), or opened without its encoding and saved
 * again (mojibake, whole file or a pasted block of lines, with or without � for the bytes the
 * code page lacks), or saved as UTF-16. Everything runs in one process on in-memory files.
 *
 * The properties, for every case:
 *  1. the loader never throws;
 *  2. every error names a data file, and a row or a column, or is one of the whole-file kinds;
 *  3. a file the loader accepts has every Georgian letter it had before the damage: no text
 *     lost to an encoding accident is ever published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { datasets, slugs } from '../../schemas/index.ts';
import { decodeSingleByte, encodeSingleByte, type CodePage } from '../text/codepages.ts';
import { errorsOf, type DataIssue } from './issues.ts';
import { loadDataFrom, type LoadResult } from './load.ts';

/** Errors about a whole file: they name no row or column, by design. */
export const WHOLE_FILE_CODES = new Set(['encoding', 'empty_file', 'separator', 'missing_file', 'file_mojibake', 'file_question_marks', 'file_replacement_characters']);

export type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'long_cell'; at: number; char: string; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate_line'; at: number }
  | { kind: 'delete_line'; at: number }
  | { kind: 'swap_header'; a: number; b: number }
  | { kind: 'separator'; to: ';' | '\t' };

export type Accident =
  | { kind: 'none'; bom: boolean }
  | { kind: 'plain_csv'; codePage: CodePage }
  | { kind: 'misread'; codePage: CodePage; lostBytes: boolean; bom: boolean }
  | { kind: 'misread_lines'; codePage: CodePage; from: number; count: number }
  | { kind: 'utf16' };

export interface FuzzCase {
  file: string;
  edits: Edit[];
  accident: Accident;
}

export interface Finding {
  kind: 'crash' | 'unlocated' | 'lost_georgian';
  detail: string;
}

const GEORGIAN = /[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]/gu;
// Compared as a multiset: the loader returns columns in schema order, so a file whose Georgian
// columns were swapped in its header keeps every letter but in another order.
const georgianLetters = (s: string) => (s.match(GEORGIAN) ?? []).sort().join('');

const pos = (at: number, length: number) => Math.min(length, Math.floor(at * (length + 1)));

function applyEdit(text: string, e: Edit): string {
  switch (e.kind) {
    case 'delete': {
      const p = pos(e.at, text.length);
      return text.slice(0, p) + text.slice(p + e.length);
    }
    case 'insert': {
      const p = pos(e.at, text.length);
      return text.slice(0, p) + e.text + text.slice(p);
    }
    case 'long_cell': {
      const p = pos(e.at, text.length);
      return text.slice(0, p) + e.char.repeat(e.length) + text.slice(p);
    }
    case 'truncate':
      return text.slice(0, pos(e.at, text.length));
    case 'duplicate_line':
    case 'delete_line': {
      const lines = text.split('\n');
      const i = Math.min(lines.length - 1, Math.floor(e.at * lines.length));
      if (e.kind === 'duplicate_line') lines.splice(i, 0, lines[i]!);
      else lines.splice(i, 1);
      return lines.join('\n');
    }
    case 'swap_header': {
      const [head = '', ...rest] = text.split('\n');
      const cells = head.split(',');
      const a = e.a % cells.length;
      const b = e.b % cells.length;
      [cells[a], cells[b]] = [cells[b]!, cells[a]!];
      return [cells.join(','), ...rest].join('\n');
    }
    case 'separator':
      // As a spreadsheet set to another list separator saves: every field separator changes.
      return text.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, e.to);
  }
}

const BOM = '\ufeff';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The bytes saved after the accident, and the text the accident started from. */
function applyAccident(text: string, a: Accident): Uint8Array {
  switch (a.kind) {
    case 'none':
      return utf8((a.bom ? BOM : '') + text);
    case 'plain_csv':
      return encodeSingleByte(text, a.codePage);
    case 'misread': {
      let shown = decodeSingleByte(utf8(text), a.codePage);
      // Some programs show � for the bytes a code page leaves undefined; that loses them.
      if (a.lostBytes) shown = shown.replace(/[\u0080-\u009f]/g, '\ufffd');
      return utf8((a.bom ? BOM : '') + shown);
    }
    case 'misread_lines': {
      const lines = text.split('\n');
      const from = a.from % Math.max(1, lines.length);
      for (let i = from; i < Math.min(lines.length, from + a.count); i++) lines[i] = decodeSingleByte(utf8(lines[i]!), a.codePage);
      return utf8(lines.join('\n'));
    }
    case 'utf16':
      return new Uint8Array(Buffer.from(BOM + text, 'utf16le'));
  }
}

/** The real data files, read once. */
export function readRealData(dataDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dataDir).filter((n) => slugs.some((s) => datasets[s].file === n))) files.set(name, readFileSync(join(dataDir, name)));
  return files;
}

/** Runs one case; returns what went wrong (nothing, for a correct loader). */
export function runCase(real: ReadonlyMap<string, Uint8Array>, c: FuzzCase): { findings: Finding[]; result?: LoadResult } {
  const original = Buffer.from(real.get(c.file)!).toString('utf8').replace(/^\ufeff/, '');
  const edited = c.edits.reduce(applyEdit, original);
  const bytes = applyAccident(edited, c.accident);
  const files = new Map(real);
  files.set(c.file, bytes);
  let result: LoadResult;
  try {
    result = loadDataFrom((name) => files.get(name));
  } catch (e) {
    return { findings: [{ kind: 'crash', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }] };
  }
  const findings: Finding[] = [];
  const known = new Set(slugs.map((s) => `data/${datasets[s].file}`));
  for (const i of errorsOf(result.issues)) {
    const located = i.row !== undefined || i.column !== undefined || WHOLE_FILE_CODES.has(i.code);
    if (!known.has(i.file) || !located) findings.push({ kind: 'unlocated', detail: JSON.stringify(i) });
  }
  const path = `data/${c.file}`;
  const accepted = !errorsOf(result.issues).some((i: DataIssue) => i.file === path);
  if (accepted) {
    const slug = slugs.find((s) => datasets[s].file === c.file)!;
    const published = georgianLetters(JSON.stringify(result.tables[slug]));
    const before = georgianLetters(edited);
    if (published !== before) {
      findings.push({ kind: 'lost_georgian', detail: `${path}: ${before.length} Georgian letters before the ${c.accident.kind}, ${published.length} accepted` });
    }
  }
  return { findings, result };
}

// ------------------------------------------------------------------------------------------
// Arbitraries
// ------------------------------------------------------------------------------------------

/** A place in the text, as a fraction of its length (spread evenly, unlike fc.double). */
const at = fc.nat({ max: 9999 }).map((n) => n / 10000);
const codePage = fc.constantFrom<CodePage>('windows-1252', 'windows-1251', 'iso-8859-1');
/** Characters that matter to a CSV reader and to Georgian text, and some of anything. */
const nasty = fc.oneof(
  fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '\r', '\ufeff', '\u0000', '?', '??', '\ufffd', '=', '-', ' ', '""', 'ა', 'ქართ', 'Ა', 'áƒ', 'бѓ', '\u0090'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: fc.array(nasty, { minLength: 1, maxLength: 3 }).map((a) => a.join('')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('long_cell' as const), at, char: fc.constantFrom('ა', 'x', '"', '?', ','), length: fc.integer({ min: 1000, max: 100_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate_line' as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete_line' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap_header' as const), a: fc.nat(30), b: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('separator' as const), to: fc.constantFrom(';' as const, '\t' as const) }) },
);

export const accidentArb: fc.Arbitrary<Accident> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('none' as const), bom: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('plain_csv' as const), codePage }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('misread' as const), codePage, lostBytes: fc.boolean(), bom: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('misread_lines' as const), codePage, from: fc.nat(40), count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'utf16' as const }) },
);

export function caseArb(fileNames: readonly string[]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    file: fc.constantFrom(...fileNames),
    edits: fc.array(editArb, { minLength: 0, maxLength: 4 }),
    accident: accidentArb,
  });
}
