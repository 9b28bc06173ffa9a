/**
 * The site's Georgian web font, cut at build time to the letters the site can show.
 *
 * Noto Sans Georgian's Georgian file (fontsource, ~42 KB) carries every Georgian script —
 * Mkhedruli, Mtavruli, Asomtavruli, Nuskhuri — while the pages use a few dozen letters. The
 * build collects every Georgian character in the text the pages are made from (the data, the
 * year narratives, the interface strings and templates, and the dates `Intl` writes) and keeps
 * only those glyphs (harfbuzz, through `subset-font`). New text from an annual update brings
 * its letters with it; after the build, `missingGlyphs` checks every page against the font.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';

/** Georgian blocks: Georgian (U+10A0–10FF), Georgian Extended / Mtavruli (U+1C90–1CBF), Georgian Supplement / Nuskhuri (U+2D00–2D2F). */
const GEORGIAN = /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/gu;

/** Files whose text can reach a page. Tests are left out: their strings never do. */
const TEXT_FILE = new Set(['.csv', '.md', '.mdx', '.ts', '.astro', '.json', '.yaml', '.yml']);
const isTest = (name: string) => /\.(test|e2e)\.ts$/.test(name);

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return textFiles(p);
    return TEXT_FILE.has(extname(name)) && !isTest(name) ? [p] : [];
  });
}

/** The Georgian characters in a text, each once. */
export function georgianIn(text: string): Set<string> {
  return new Set(text.match(GEORGIAN) ?? []);
}

/**
 * Georgian text that code writes rather than a file holds: month names in every form `Intl`
 * gives (dates read "2017 წლის 20 აპრილი"), so a date never shows a letter the font lacks.
 */
export function intlGeorgianText(): string {
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2020, m, 15)));
  const forms: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { dateStyle: 'long' }];
  return forms.flatMap((f) => months.map((d) => new Intl.DateTimeFormat('ka', { ...f, timeZone: 'UTC' }).format(d))).join(' ');
}

/** Every Georgian character in the files under `roots` (folders or files) and in `Intl`'s dates, sorted. */
export function siteGeorgianCharacters(roots: string[]): string[] {
  const chars = georgianIn(intlGeorgianText());
  for (const root of roots) {
    const files = statSync(root).isDirectory() ? textFiles(root) : [root];
    for (const f of files) for (const c of georgianIn(readFileSync(f, 'utf8'))) chars.add(c);
  }
  return [...chars].sort();
}

/**
 * The weights the site's CSS uses (normal text 400, bold 700, semi-bold 600): the variable
 * font keeps only this stretch of its weight axis.
 */
export const WEIGHT_RANGE = { min: 400, max: 700 } as const;

/** A WOFF2 font with only the glyphs of `text` (and the weights in WEIGHT_RANGE). */
export async function subsetWoff2(font: Buffer, text: string): Promise<Buffer> {
  return subsetFont(font, text, { targetFormat: 'woff2', variationAxes: { wght: { ...WEIGHT_RANGE } } });
}

/** The Georgian characters of `html`'s text (tags and attributes included: titles and labels show too) that `font` lacks. */
export function missingGlyphs(html: string, has: (codePoint: number) => boolean): string[] {
  return [...georgianIn(html)].filter((c) => !has(c.codePointAt(0)!));
}
