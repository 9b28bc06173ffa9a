/**
 * Mojibake: UTF-8 text that a program read as a single-byte code page and then saved again,
 * so that each Georgian letter (three bytes in UTF-8) became three Latin or Cyrillic signs:
 * `ს` → `áƒ¡` (Windows-1252), `бѓЎ` (Windows-1251), `á\u0083¡` (Latin-1).
 *
 * The misreading kept every byte, so it can be undone exactly: map each sign back to its byte
 * and read the bytes as UTF-8. It is undone only where that is certain — every run of such
 * signs turns back into valid UTF-8 and nothing in the text was replaced by `�` — never by
 * guessing.
 */
import { byteOf, CODE_PAGES, HIGH_CHARS, type CodePage } from './codepages.ts';

/**
 * Reads bytes as UTF-8 the way the WHATWG decoder does (each ill-formed sequence is one `�`),
 * and says whether they were all well-formed. Written out because runs are short and many:
 * `TextDecoder` costs more per call than the decoding itself.
 */
export function readUtf8(bytes: readonly number[]): { text: string; valid: boolean } {
  let text = '';
  let valid = true;
  let i = 0;
  const cont = (b: number | undefined, lo = 0x80, hi = 0xbf) => b !== undefined && b >= lo && b <= hi;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let cp = 0;
    if (b < 0x80) {
      text += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) {
      [need, cp] = [2, b & 0x0f];
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      [need, cp] = [3, b & 0x07];
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      text += '\ufffd';
      valid = false;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (!cont(c, j === 1 ? lo : 0x80, j === 1 ? hi : 0xbf)) break;
      cp = (cp << 6) | (c! & 0x3f);
    }
    if (j <= need) {
      // The lead and the well-formed continuation bytes so far are one `�`.
      text += '\ufffd';
      valid = false;
      i += j;
      continue;
    }
    text += String.fromCodePoint(cp);
    i += need + 1;
  }
  return { text, valid };
}

export interface MojibakeFinding {
  codePage: CodePage;
  /** A short piece of the damaged text, as found. */
  excerpt: string;
  /** How many characters the misread runs decode to (evidence of the misreading). */
  decodedChars: number;
  /** The whole text repaired, when that is certain; null when letters were lost. */
  repaired: string | null;
}

interface Run {
  start: number;
  end: number;
  /** The run's text read back as UTF-8, or null when its bytes are not valid UTF-8. */
  decoded: string | null;
  /** Characters (other than `�`) that a lenient UTF-8 reading of the run's bytes yields. */
  evidence: number;
}

/** A decoded character counts as evidence only if it is plausible text, not CJK noise. */
const plausible = (ch: string) => ch !== '\ufffd' && ch.codePointAt(0)! >= 0x80 && ch.codePointAt(0)! < 0x3000;

/** Maximal runs of non-ASCII characters the code page can hold, read back as UTF-8. */
function runsOf(text: string, cp: CodePage): Run[] {
  const runs: Run[] = [];
  let bytes: number[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const read = readUtf8(bytes);
    const decoded = read.valid ? read.text : null;
    const evidence = [...read.text].filter(plausible).length;
    // A lone sign (an em dash, a curly quote) that is not valid UTF-8 on its own is not mojibake.
    runs.push({ start, end, decoded: decoded !== null && evidence > 0 ? decoded : null, evidence });
    bytes = [];
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const b = ch.charCodeAt(0) >= 0x80 ? byteOf(ch, cp) : undefined;
    if (b === undefined) {
      close(i);
      continue;
    }
    if (start < 0) start = i;
    bytes.push(b);
  }
  close(text.length);
  return runs;
}

function excerptAround(text: string, start: number, max = 24): string {
  const from = Math.max(0, start - 4);
  const piece = text.slice(from, from + max);
  return `${from > 0 ? '…' : ''}${piece}${from + max < text.length ? '…' : ''}`;
}

function findIn(text: string, cp: CodePage): MojibakeFinding | null {
  const runs = runsOf(text, cp).filter((r) => r.evidence > 0);
  if (runs.length === 0) return null;
  const decodedChars = runs.reduce((n, r) => n + r.evidence, 0);
  const certain = !text.includes('\ufffd') && runs.every((r) => r.decoded !== null);
  let repaired: string | null = null;
  if (certain) {
    repaired = '';
    let at = 0;
    for (const r of runs) {
      repaired += text.slice(at, r.start) + r.decoded;
      at = r.end;
    }
    repaired += text.slice(at);
  }
  return { codePage: cp, excerpt: excerptAround(text, runs[0]!.start), decodedChars, repaired };
}

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
const MAYBE = new RegExp(`[${[...HIGH_CHARS].map(escape).join('')}]{2}`);

/**
 * Whether the text holds UTF-8 misread as one of the code pages, which one (the one whose
 * reading recovers the most characters), and the repaired text where that is certain. Text
 * misread twice is repaired twice.
 */
export function findMojibake(text: string): MojibakeFinding | null {
  // A misread multi-byte character is at least two signs in a row: most text has none.
  if (!MAYBE.test(text)) return null;
  let best: MojibakeFinding | null = null;
  for (const cp of CODE_PAGES) {
    const f = findIn(text, cp);
    if (f && (!best || f.decodedChars > best.decodedChars)) best = f;
  }
  if (best?.repaired) {
    // Misread twice (opened without its encoding, saved, and again): undo both, if both are certain.
    const again = findMojibake(best.repaired);
    if (again) best = { ...best, repaired: again.repaired };
  }
  return best;
}

/** The text with every certain misreading undone, or null if there is none or it is not certain. */
export function repairMojibake(text: string): string | null {
  return findMojibake(text)?.repaired ?? null;
}
