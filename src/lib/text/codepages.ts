/**
 * The single-byte code pages that Georgian text meets when a UTF-8 file is opened without its
 * encoding: Windows-1252 (Excel on a Western European Windows), Windows-1251 (a Cyrillic
 * Windows) and ISO-8859-1 (Latin-1, some older tools). Written out here rather than taken from
 * `TextDecoder`, because the reverse direction (character → byte) is what recovers the text,
 * and because WHATWG's "latin1" label is really Windows-1252.
 *
 * The bytes a code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252; 0x98 in
 * Windows-1251) are mapped to the C1 control character of the same value, as Windows
 * (`MultiByteToWideChar`) and the WHATWG decoders do; so a misreading keeps every byte and
 * stays reversible.
 */

export type CodePage = 'windows-1252' | 'windows-1251' | 'iso-8859-1';

export const CODE_PAGES: readonly CodePage[] = ['windows-1252', 'windows-1251', 'iso-8859-1'];

/** Code points of bytes 0x80–0xFF, one string of 128 characters per code page. */
const HIGH_HALF: Record<CodePage, string> = {
  'windows-1252':
    // 0x80–0x9F: the Windows specials; 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined (C1 controls).
    '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
    '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178' +
    // 0xA0–0xFF: as Latin-1.
    range(0xa0, 0xff),
  'windows-1251':
    '\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f' +
    // 0x98 is undefined (C1 control).
    '\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u0098\u2122\u0459\u203a\u045a\u045c\u045b\u045f' +
    '\u00a0\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ab\u00ac\u00ad\u00ae\u0407' +
    '\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u00bb\u0458\u0405\u0455\u0457' +
    // 0xC0–0xFF: А–я in alphabetical order.
    range(0x0410, 0x044f),
  'iso-8859-1': range(0x80, 0xff),
};

/** The characters U+from–U+to, in order. */
function range(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCharCode(c);
  return s;
}

const REVERSE: Record<CodePage, Map<string, number>> = Object.fromEntries(
  CODE_PAGES.map((cp) => [cp, new Map([...HIGH_HALF[cp]].map((ch, i) => [ch, 0x80 + i]))]),
) as Record<CodePage, Map<string, number>>;

/** Every character any of the code pages shows for a byte 0x80–0xFF. */
export const HIGH_CHARS: ReadonlySet<string> = new Set(CODE_PAGES.flatMap((cp) => [...HIGH_HALF[cp]]));

/** The character a byte stands for in the code page. */
export function charOf(byte: number, cp: CodePage): string {
  return byte < 0x80 ? String.fromCharCode(byte) : HIGH_HALF[cp][byte - 0x80]!;
}

/** The byte that stands for a character in the code page, or undefined if it has none. */
export function byteOf(ch: string, cp: CodePage): number | undefined {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 0x80) return c;
  return REVERSE[cp].get(ch);
}

/** Bytes → text, as a program that assumes this code page reads them. */
export function decodeSingleByte(bytes: Uint8Array, cp: CodePage): string {
  let s = '';
  for (const b of bytes) s += charOf(b, cp);
  return s;
}

/**
 * Text → bytes in the code page; a character it cannot hold becomes `?`, as Excel's plain
 * "CSV (Comma delimited)" and Notepad's "ANSI" do with every Georgian letter.
 */
export function encodeSingleByte(text: string, cp: CodePage): Uint8Array {
  const out: number[] = [];
  for (const ch of text) out.push(byteOf(ch, cp) ?? 0x3f);
  return Uint8Array.from(out);
}

/** How the code page is called in Excel's and LibreOffice's import dialogs. */
export const CODE_PAGE_NAME: Record<CodePage, { en: string; ka: string }> = {
  'windows-1252': { en: 'Windows-1252, "Western European"', ka: 'Windows-1252, „დასავლეთ ევროპული“' },
  'windows-1251': { en: 'Windows-1251, "Cyrillic"', ka: 'Windows-1251, „კირილიცა“' },
  'iso-8859-1': { en: 'ISO-8859-1, "Latin-1"', ka: 'ISO-8859-1, „Latin-1“' },
};
