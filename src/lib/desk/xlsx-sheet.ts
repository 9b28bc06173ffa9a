/**
 * Reads one sheet of an XLSX workbook as rows of cell texts, in the browser or in Node:
 * fflate unzips, and the few SpreadsheetML elements a data sheet holds (shared, inline and
 * formula strings, numbers, booleans) are read directly. Enough for the site's own workbooks
 * after Excel or LibreOffice saved them, and small enough to load only when an officer
 * chooses an XLSX file (exceljs would add ~250 KB gzip to the page).
 *
 * Numbers come back as plain digits (`String(n)`: `590000`, `41.6423`), as the site's CSV
 * writes them; a missing row comes back as an empty row, so row numbers stay those of the
 * spreadsheet.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface SheetRows {
  /** The sheet's name as the workbook has it. */
  name: string;
  /** Row 1 first; each row its cells from column A, missing cells as ''. */
  rows: string[][];
}

export class XlsxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities, character references and OOXML's `_xHHHH_` escapes. */
function xmlText(s: string): string {
  return s
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : (ENTITIES[name!] ?? m),
    )
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of every `<t>` in an element (a shared string's runs, an inline string), phonetic runs left out. */
function runsText(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => xmlText(m[1] ?? '')).join('');
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** `B12` → 1 (zero-based column). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function numberText(v: string): string {
  const n = Number(v);
  return Number.isFinite(n) ? String(n) : v;
}

/** Every sheet of a workbook, in order, with its rows. Throws XlsxError if the bytes are not a workbook. */
export function readSheets(bytes: Uint8Array): SheetRows[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels') });
  } catch {
    throw new XlsxError('not a zip archive');
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxError('no workbook in the archive');
  const rels = new Map(
    [...(text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target') ?? '']),
  );
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ name: xmlText(attr(m[0], 'name') ?? ''), rel: attr(m[0], 'r:id') }));
  if (!sheets.length) throw new XlsxError('no sheet in the workbook');
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
  return sheets.map((sheet) => {
    const target = rels.get(sheet.rel) ?? '';
    const xml = text(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    if (xml === undefined) throw new XlsxError(`sheet "${sheet.name}" is missing`);
    return { name: sheet.name, rows: sheetRows(xml, shared) };
  });
}

function sheetRows(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const index = Number(attr(r[1]!, 'r') ?? rows.length + 1) - 1;
    while (rows.length < index) rows.push([]);
    const cells: string[] = [];
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = c[1]!;
      const body = c[2] ?? '';
      const ref = attr(tag, 'r');
      const col = ref ? columnIndex(ref) : cells.length;
      const type = attr(tag, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 'inlineStr') value = runsText(body);
      else if (v === undefined) value = '';
      else if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'b') value = v === '1' ? 'true' : 'false';
      else if (type === 'n') value = numberText(v);
      else value = xmlText(v); // str (a formula's text), e (an error such as #REF!), d (ISO date)
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    rows[index] = cells;
  }
  return rows;
}
