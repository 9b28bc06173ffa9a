import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sfntTables, tableChecksum, tagName, woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/noto-sans-georgian/package.json')), 'files');

/** A WOFF 1.0 file made by hand: two tables, one compressed, one stored. */
function tinyWoff(): Buffer {
  const tables = [
    { tag: 'head', data: Buffer.alloc(54, 7) },
    { tag: 'cmap', data: Buffer.from('abcdef') },
  ];
  const entries = tables.map((t) => {
    const z = deflateSync(t.data);
    return { ...t, stored: z.length < t.data.length ? z : t.data };
  });
  const header = Buffer.alloc(44);
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt16BE(entries.length, 12);
  const dir = Buffer.alloc(20 * entries.length);
  let offset = 44 + dir.length;
  const bodies: Buffer[] = [];
  entries.forEach((e, i) => {
    dir.write(e.tag, i * 20, 'latin1');
    dir.writeUInt32BE(offset, i * 20 + 4);
    dir.writeUInt32BE(e.stored.length, i * 20 + 8);
    dir.writeUInt32BE(e.data.length, i * 20 + 12);
    dir.writeUInt32BE(tableChecksum(e.data), i * 20 + 16);
    const padded = Buffer.alloc((e.stored.length + 3) & ~3);
    e.stored.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, dir, ...bodies]);
}

describe('woffToSfnt', () => {
  it('woffToSfnt unwraps compressed and stored tables, sorted by tag, 4-byte aligned', () => {
    const sfnt = woffToSfnt(tinyWoff());
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const tables = sfntTables(sfnt);
    expect(tables.map((t) => t.tag)).toEqual(['cmap', 'head']);
    expect(sfnt.subarray(tables[0]!.offset, tables[0]!.offset + tables[0]!.length).toString('latin1')).toBe('abcdef');
    expect(sfnt.subarray(tables[1]!.offset, tables[1]!.offset + 54).every((b) => b === 7)).toBe(true);
    for (const t of tables) expect(t.offset % 4).toBe(0);
  });

  it('woffToSfnt gives tables whose checksums match the ones the WOFF file declares (Noto Sans Georgian)', () => {
    const sfnt = woffToSfnt(readFileSync(join(fontDir, 'noto-sans-georgian-georgian-400-normal.woff')));
    const tables = sfntTables(sfnt);
    expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']));
    for (const t of tables.filter((x) => x.tag !== 'head')) {
      // 'head' holds checkSumAdjustment, which the spec leaves out of its own checksum.
      expect(tableChecksum(sfnt.subarray(t.offset, t.offset + t.length)), t.tag).toBe(t.checksum);
    }
  });

  it('woffToSfnt refuses a file that is not WOFF 1.0 (WOFF2 included)', () => {
    expect(() => woffToSfnt(readFileSync(join(fontDir, 'noto-sans-georgian-georgian-400-normal.woff2')))).toThrow(/WOFF 1.0/);
    expect(() => woffToSfnt(Buffer.from('nope'))).toThrow(/WOFF 1.0/);
  });

  it('tagName reads a tag as four letters', () => {
    expect(tagName(0x676c7966)).toBe('glyf');
  });
});
