import { describe, expect, it } from 'vitest';
import { byteOf, charOf, CODE_PAGES, decodeSingleByte, encodeSingleByte } from './codepages.ts';

const allBytes = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('code pages', () => {
  it.each(['windows-1252', 'windows-1251'] as const)('decodeSingleByte(%s) reads all 256 bytes as the WHATWG decoder does', (cp) => {
    expect(decodeSingleByte(allBytes, cp)).toBe(new TextDecoder(cp).decode(allBytes));
  });

  it('decodeSingleByte(iso-8859-1) gives each byte its own code point (not WHATWG "latin1", which is Windows-1252)', () => {
    expect([...decodeSingleByte(allBytes, 'iso-8859-1')].map((c) => c.charCodeAt(0))).toEqual([...allBytes]);
  });

  it.each(CODE_PAGES)('byteOf(charOf(b)) is b for every byte of %s: the reverse mapping is complete', (cp) => {
    for (const b of allBytes) expect(byteOf(charOf(b, cp), cp)).toBe(b);
    expect(new Set([...allBytes].map((b) => charOf(b, cp))).size).toBe(256);
  });

  it('byteOf knows the Windows-1252 specials of 0x80–0x9F and its undefined bytes as C1 controls', () => {
    const specials: [string, number][] = [['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['ˆ', 0x88], ['Š', 0x8a], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['”', 0x94], ['–', 0x96], ['—', 0x97], ['˜', 0x98], ['™', 0x99], ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f]];
    for (const [ch, b] of specials) expect(byteOf(ch, 'windows-1252')).toBe(b);
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(byteOf(String.fromCharCode(b), 'windows-1252')).toBe(b);
    expect(byteOf('\u0083', 'windows-1252')).toBeUndefined();
  });

  it('byteOf knows Windows-1251: б is 0xE1, ѓ 0x83, № 0xB9, and 0x98 is a C1 control', () => {
    expect(byteOf('б', 'windows-1251')).toBe(0xe1);
    expect(byteOf('ѓ', 'windows-1251')).toBe(0x83);
    expect(byteOf('№', 'windows-1251')).toBe(0xb9);
    expect(byteOf('\u0098', 'windows-1251')).toBe(0x98);
    expect(byteOf('á', 'windows-1251')).toBeUndefined();
  });

  it('encodeSingleByte writes ? for every Georgian letter, as a plain-CSV save does', () => {
    expect(Buffer.from(encodeSingleByte('ქუთაისი, „IOM“ – 7', 'windows-1252')).toString('latin1')).toBe('???????, \u0084IOM\u0093 \u0096 7');
    expect(Buffer.from(encodeSingleByte('თბილისი', 'windows-1251')).toString('latin1')).toBe('???????');
  });
});
