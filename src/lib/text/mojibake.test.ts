import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CODE_PAGES, decodeSingleByte, type CodePage } from './codepages.ts';
import { findMojibake, readUtf8, repairMojibake } from './mojibake.ts';

/** What a program that assumes `cp` shows for UTF-8 text. */
const misread = (text: string, cp: CodePage) => decodeSingleByte(Buffer.from(text, 'utf8'), cp);

const dataDir = resolve('data');
const realCells = readdirSync(dataDir)
  .filter((f) => f.endsWith('.csv'))
  .flatMap((f) => Papa.parse<string[]>(readFileSync(resolve(dataDir, f), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat());

describe('findMojibake', () => {
  it('finds nothing in any cell of the real data (no false alarm on „“ — … ’ or Georgian)', () => {
    expect(realCells.length).toBeGreaterThan(500);
    expect(realCells.filter((c) => findMojibake(c) !== null)).toEqual([]);
  });

  it('finds nothing in plain text with accents, dashes and quotes', () => {
    for (const s of ['café naïve Müller São Paulo', '“Sida” — 2018–2019…', '½ × 3 ≈ 1,5 °C', 'Ü', 'ენა — „ქართული“', '\u00e9\u201d.']) {
      expect(findMojibake(s), s).toBeNull();
    }
  });

  it.each(CODE_PAGES)('recovers every non-ASCII cell of the real data misread as %s, and names the code page', (cp) => {
    const cells = realCells.filter((c) => /[^\x00-\x7f]/.test(c));
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) {
      const f = findMojibake(misread(cell, cp));
      expect(f, cell).not.toBeNull();
      expect(f!.repaired).toBe(cell);
      // A Georgian letter misread as Latin-1 keeps only bytes Windows-1252 shares, so both readings undo it;
      // the one that undoes more is chosen.
      if (cp !== 'iso-8859-1') expect(f!.codePage).toBe(cp);
    }
  });

  it('recovers the example of the issue: áƒ¡áƒ\\u0090áƒ¨áƒ”áƒ›áƒ\\u009d → საშემო', () => {
    expect(misread('საშემო', 'windows-1252')).toBe('áƒ¡áƒ\u0090áƒ¨áƒ”áƒ›áƒ\u009d');
    expect(repairMojibake('áƒ¡áƒ\u0090áƒ¨áƒ”áƒ›áƒ\u009d')).toBe('საშემო');
    expect(repairMojibake('бѓЎбѓђбѓЁбѓ”бѓ›бѓќ')).toBe('საშემო');
  });

  it('finds but does not repair mojibake in which � replaced some bytes: the letter (ა or ო) is lost', () => {
    const f = findMojibake('áƒ¡áƒ�áƒ¨áƒ”áƒ›áƒ�');
    expect(f?.codePage).toBe('windows-1252');
    expect(f?.repaired).toBeNull();
  });

  it('repairs a cell misread twice', () => {
    expect(repairMojibake(misread(misread('თბილისი', 'windows-1252'), 'windows-1252'))).toBe('თბილისი');
  });

  it('repairs a misread piece pasted into good Georgian text and leaves the rest as it is', () => {
    expect(repairMojibake(`ქალაქი ${misread('ქუთაისი', 'windows-1252')} — „IOM“`)).toBe('ქალაქი ქუთაისი — „IOM“');
  });

  it('gives a short excerpt of the damage', () => {
    const f = findMojibake(`Title: ${misread('ტრენინგი მიგრაციასა და ადგილობრივ განვითარებაზე', 'windows-1252')}`)!;
    expect(f.excerpt.length).toBeLessThanOrEqual(26);
    expect(f.excerpt).toContain('áƒ¢');
  });
});

describe('readUtf8', () => {
  it('reads any bytes exactly as the WHATWG decoder does, and knows when they are all well-formed', () => {
    const loose = new TextDecoder('utf-8');
    const strict = new TextDecoder('utf-8', { fatal: true });
    const isValid = (b: Uint8Array) => {
      try {
        strict.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const edges = fc.array(fc.constantFrom(0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5), { maxLength: 8 }).map((a) => Uint8Array.from(a));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 12 }), edges, fc.string({ unit: 'binary', maxLength: 6 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))));
    fc.assert(
      fc.property(bytes, (b) => {
        const r = readUtf8([...b]);
        expect(r.text).toBe(loose.decode(b));
        expect(r.valid).toBe(isValid(b));
      }),
      { seed: 12, numRuns: 3000 },
    );
  });
});
