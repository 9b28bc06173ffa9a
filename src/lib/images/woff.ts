/**
 * WOFF 1.0 → TrueType/OpenType (SFNT), the inverse of the wrapping fontsource applies.
 *
 * Why: the PNG chart images and social cards are rendered by sharp (libvips → librsvg →
 * Pango → fontconfig/FreeType). The FreeType inside sharp's prebuilt libvips reads neither
 * WOFF nor WOFF2, and Debian's own Georgian-capable fonts are not a dependency we want, so
 * the build unwraps the Noto Sans Georgian WOFF files of the npm package
 * `@fontsource/noto-sans-georgian` into plain SFNT files that fontconfig can use.
 *
 * WOFF 1.0 (W3C, 2012) is a header, a table directory and each table zlib-compressed (or
 * stored, when compression would not help). Spec: https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The SFNT bytes inside a WOFF 1.0 file. Throws on anything that is not WOFF 1.0. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < WOFF_HEADER || src.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF 1.0 file (no wOFF signature)');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const tag = src.readUInt32BE(at);
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const checksum = src.readUInt32BE(at + 16);
    const raw = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error(`WOFF table ${tagName(tag)}: expected ${origLength} bytes, found ${data.length}`);
    tables.push({ tag, checksum, data });
  }
  // SFNT requires the table records sorted by tag.
  tables.sort((a, b) => a.tag - b.tag);

  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  let size = SFNT_HEADER + SFNT_ENTRY * numTables;
  for (const t of tables) size += pad4(t.data.length);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = SFNT_HEADER + SFNT_ENTRY * numTables;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

/** The four-letter name of a table tag ('glyf', 'cmap' …). */
export function tagName(tag: number): string {
  return String.fromCharCode((tag >>> 24) & 255, (tag >>> 16) & 255, (tag >>> 8) & 255, tag & 255);
}

/** The table checksum the SFNT format defines (sum of big-endian uint32 words, zero-padded). */
export function tableChecksum(data: Uint8Array): number {
  const padded = Buffer.alloc(pad4(data.length));
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** The table tags listed in an SFNT file, in order. */
export function sfntTables(sfnt: Buffer): { tag: string; offset: number; length: number; checksum: number }[] {
  const n = sfnt.readUInt16BE(4);
  return Array.from({ length: n }, (_, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    return { tag: tagName(sfnt.readUInt32BE(at)), checksum: sfnt.readUInt32BE(at + 4), offset: sfnt.readUInt32BE(at + 8), length: sfnt.readUInt32BE(at + 12) };
  });
}
