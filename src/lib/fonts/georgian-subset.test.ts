import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { afterAll, describe, expect, it } from 'vitest';
import { georgianIn, intlGeorgianText, missingGlyphs, siteGeorgianCharacters } from './georgian-subset.ts';
import { GENERATED_DIR, GEORGIAN_FONT, LARI_FONT, TEXT_ROOTS, writeSubsetFonts } from './font-integration.ts';

const fontAt = (path: string) => create(readFileSync(path)) as Font;
/** Modern and old Mkhedruli letters (U+10D0–10FA). */
const MKHEDRULI = Array.from({ length: 0x10fa - 0x10d0 + 1 }, (_, i) => String.fromCodePoint(0x10d0 + i));

describe('georgianIn and intlGeorgianText', () => {
  it('georgianIn finds each Georgian letter once and nothing else', () => {
    expect([...georgianIn('ბიუჯეტი 590 000 ₾, budget ბიუ')].sort()).toEqual(['ბ', 'ე', 'ი', 'ჯ', 'ტ', 'უ'].sort());
  });
  it('intlGeorgianText holds the month names dates are written with', () => {
    expect(intlGeorgianText()).toContain('აპრილი');
    expect(intlGeorgianText()).toContain('დეკემბერი');
  });
  it('missingGlyphs names the letters of a page a font cannot draw', () => {
    expect(missingGlyphs('<p title="ჵ">ბა</p>', (cp) => cp === 'ბ'.codePointAt(0) || cp === 'ა'.codePointAt(0))).toEqual(['ჵ']);
  });
});

describe('the cut font follows the text (on a copy of the project)', () => {
  const root = mkdtempSync(join(tmpdir(), 'font-subset-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of TEXT_ROOTS) cpSync(dir, join(root, dir), { recursive: true, filter: (p) => !p.includes('generated') });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));

  it('a letter new text brings is in the cut font; one the site does not use is not', async () => {
    const before = siteGeorgianCharacters(TEXT_ROOTS.map((d) => join(root, d)));
    const unused = MKHEDRULI.filter((c) => !before.includes(c));
    expect(unused.length, 'the site uses every Mkhedruli letter: nothing left to add').toBeGreaterThan(1);
    const [added, stillUnused] = [unused[0]!, unused[1]!];
    appendFileSync(join(root, 'content/years/2017.ka.mdx'), `\n${added}\n`);

    const chars = await writeSubsetFonts(root);
    expect(chars).toContain(added);
    const font = fontAt(join(root, GENERATED_DIR, GEORGIAN_FONT));
    expect(font.hasGlyphForCodePoint(added.codePointAt(0)!)).toBe(true);
    expect(font.hasGlyphForCodePoint(stillUnused.codePointAt(0)!)).toBe(false);
    for (const c of before) expect(font.hasGlyphForCodePoint(c.codePointAt(0)!), c).toBe(true);
    // The full Georgian file draws every Mkhedruli letter; the cut one only the site's.
    expect(font.characterSet.filter((cp) => cp >= 0x10a0 && cp <= 0x10ff).length).toBe(chars.filter((c) => c <= '\u10ff').length);
  }, 300_000);

  it('the lari sign has its own small font, and the Georgian font stays under 15 KB', () => {
    expect(fontAt(join(root, GENERATED_DIR, LARI_FONT)).hasGlyphForCodePoint(0x20be)).toBe(true);
    expect(readFileSync(join(root, GENERATED_DIR, GEORGIAN_FONT)).length).toBeLessThan(15 * 1024);
  });
});
