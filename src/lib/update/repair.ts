/**
 * Recovery of text misread through a single-byte code page (mojibake), for `npm run check`:
 * the repair is offered — which cells, what they read once repaired — and a repaired copy is
 * written beside the file only when asked (`--fix`), never over it. Only a whole file that can
 * be repaired with certainty is offered (src/lib/text/mojibake.ts); `?` and `�` cannot be
 * undone and get instructions only.
 */
import Papa from 'papaparse';
import { repairedCopyOf } from '../validation/file-damage.ts';
import type { Lang } from '../validation/issues.ts';
import { CODE_PAGE_NAME, type CodePage } from '../text/codepages.ts';
import { findMojibake } from '../text/mojibake.ts';

export interface CellRepair {
  /** Spreadsheet row (header = 1). */
  row: number;
  column: string;
  before: string;
  after: string;
}

export interface FileRepair {
  /** The file as shown to people, e.g. `data/services.csv`. */
  file: string;
  /** Where the repaired copy goes, e.g. `data/services.repaired.csv`. */
  copy: string;
  codePage: CodePage;
  cells: CellRepair[];
  /** The repaired file: as it was before it was misread (with the BOM of the last save, if any). */
  bytes: Uint8Array;
  /** Errors the check still finds in the repaired copy, once it has been checked. */
  remaining?: number;
}

/**
 * The repair of a file's bytes, or null if nothing in it can be undone with certainty. Each
 * line is repaired on its own, so a line that lost letters (�) does not stop the others; what
 * is left is reported by the check of the copy.
 */
export function planRepair(bytes: Uint8Array, file: string): FileRepair | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null; // not UTF-8: the check reports the encoding; nothing was misread and saved again
  }
  const used = new Map<CodePage, number>();
  const repaired = text
    .split('\n')
    .map((line) => {
      const found = findMojibake(line);
      if (!found?.repaired) return line;
      used.set(found.codePage, (used.get(found.codePage) ?? 0) + 1);
      return found.repaired;
    })
    .join('\n');
  if (repaired === text) return null;
  const codePage = [...used].sort((a, b) => b[1] - a[1])[0]![0];
  const before = Papa.parse<string[]>(text.replace(/^\ufeff+/, ''), { delimiter: ',' }).data;
  const after = Papa.parse<string[]>(repaired.replace(/^\ufeff+/, ''), { delimiter: ',' }).data;
  const header = after[0] ?? [];
  const cells: CellRepair[] = [];
  after.forEach((cellsAfter, r) => {
    cellsAfter.forEach((cell, c) => {
      const old = before[r]?.[c];
      if (old !== undefined && old !== cell) cells.push({ row: r + 1, column: header[c] ?? `#${c + 1}`, before: old, after: cell });
    });
  });
  return { file, copy: repairedCopyOf(file), codePage, cells, bytes: new Uint8Array(Buffer.from(repaired, 'utf8')) };
}

const cut = (s: string, max = 50) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const W = {
  en: {
    title: 'Text that can be restored exactly',
    read: (cp: string, n: number) => `read as ${cp}; ${n} cell(s) can be restored`,
    row: 'Row',
    more: (n: number) => `… and ${n} more`,
    offer: (copy: string) => `To write the repaired copy ${copy}, run: npm run check -- --fix`,
    written: (copy: string, file: string) => `Written: ${copy}. Look it over, then put it in place of ${file} and run the check again.`,
    remaining: (n: number) => (n === 0 ? 'The repaired copy passes every data check.' : `The repaired copy still has ${n} error(s); put it in place and run the check again to see them.`),
    q: (s: string) => `"${s}"`,
  },
  ka: {
    title: 'ზუსტად აღდგენადი ტექსტი',
    read: (cp: string, n: number) => `წაკითხულია როგორც ${cp}; აღდგება ${n} უჯრა`,
    row: 'სტრიქონი',
    more: (n: number) => `… და კიდევ ${n}`,
    offer: (copy: string) => `შესწორებული ასლის (${copy}) ჩასაწერად გაუშვით: npm run check -- --fix`,
    written: (copy: string, file: string) => `ჩაიწერა: ${copy}. გადახედეთ მას, ჩაანაცვლეთ მისით ${file} და შემოწმება ხელახლა გაუშვით.`,
    remaining: (n: number) => (n === 0 ? 'შესწორებული ასლი მონაცემთა ყველა შემოწმებას გადის.' : `შესწორებულ ასლში კიდევ რჩება შეცდომა: ${n}; მათ სანახავად ჩაანაცვლეთ ფაილი ასლით და შემოწმება ხელახლა გაუშვით.`),
    q: (s: string) => `„${s}“`,
  },
} as const;

/** The repairs as a section of the check's report; `written` once the copies are on disk. */
export function formatRepairs(repairs: readonly FileRepair[], lang: Lang, written: boolean, shown = 5): string {
  if (repairs.length === 0) return '';
  const w = W[lang];
  const out: string[] = [w.title];
  for (const r of repairs) {
    out.push(`${r.file} — ${w.read(CODE_PAGE_NAME[r.codePage][lang], r.cells.length)}`);
    for (const c of r.cells.slice(0, shown)) out.push(`  ${w.row} ${c.row}, ${c.column}: ${w.q(cut(c.before, 30))} → ${w.q(cut(c.after))}`);
    if (r.cells.length > shown) out.push(`  ${w.more(r.cells.length - shown)}`);
    if (r.remaining !== undefined) out.push(`  ${w.remaining(r.remaining)}`);
    out.push(`  ${written ? w.written(r.copy, r.file) : w.offer(r.copy)}`);
  }
  return `${out.join('\n')}\n`;
}
