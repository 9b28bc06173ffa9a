/**
 * An Astro integration that cuts the web fonts before every build (and dev server) and checks
 * the pages against them after the build:
 * - `astro:config:setup`: the Georgian font with only the site's Georgian letters
 *   (georgian-subset.ts), and the lari sign alone from the Latin-extended file, written to
 *   src/styles/generated/ (not committed), where src/styles/fonts.css picks them up;
 * - `astro:build:done`: every Georgian character on every built page must be in the cut font,
 *   or the build stops naming the page and the letters.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { create } from 'fontkitten';
import { htmlFiles } from '../security/security-integration.ts';
import { missingGlyphs, siteGeorgianCharacters, subsetWoff2 } from './georgian-subset.ts';

const FONTSOURCE = 'node_modules/@fontsource-variable/noto-sans-georgian/files';
/** Where the cut fonts go, relative to the project root (src/styles/fonts.css names them). */
export const GENERATED_DIR = 'src/styles/generated';
export const GEORGIAN_FONT = 'noto-sans-georgian-subset.woff2';
export const LARI_FONT = 'noto-sans-georgian-lari.woff2';
/** Where the site's text comes from, relative to the project root. */
export const TEXT_ROOTS = ['data', 'content', 'src'];

/** Cuts both fonts for the project at `root`; returns the Georgian letters kept. */
export async function writeSubsetFonts(root: string): Promise<string[]> {
  const chars = siteGeorgianCharacters(TEXT_ROOTS.map((r) => join(root, r)));
  const out = join(root, GENERATED_DIR);
  mkdirSync(out, { recursive: true });
  const georgian = await subsetWoff2(readFileSync(join(root, FONTSOURCE, 'noto-sans-georgian-georgian-wght-normal.woff2')), chars.join(''));
  writeFileSync(join(out, GEORGIAN_FONT), georgian);
  const lari = await subsetWoff2(readFileSync(join(root, FONTSOURCE, 'noto-sans-georgian-latin-ext-wght-normal.woff2')), '₾');
  writeFileSync(join(out, LARI_FONT), lari);
  return chars;
}

/** Every built page whose Georgian text the cut font cannot draw, with the letters it lacks. */
export function pagesMissingGlyphs(outDir: string, font: Buffer): string[] {
  const f = create(font);
  if (f.isCollection) throw new Error('expected one font, found a collection');
  return htmlFiles(outDir).flatMap((file) => {
    const missing = missingGlyphs(readFileSync(file, 'utf8'), (cp) => f.hasGlyphForCodePoint(cp));
    return missing.length ? [`${relative(outDir, file)}: ${missing.join(' ')}`] : [];
  });
}

export function subsetFonts(): AstroIntegration {
  let root = '';
  return {
    name: 'reintegration:subset-fonts',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const chars = await writeSubsetFonts(root);
        logger.info(`Georgian font cut to ${chars.length} letters`);
      },
      'astro:build:done': ({ dir }) => {
        const problems = pagesMissingGlyphs(fileURLToPath(dir), readFileSync(join(root, GENERATED_DIR, GEORGIAN_FONT)));
        if (problems.length)
          throw new Error(
            `Georgian letters missing from the cut font (src/lib/fonts/georgian-subset.ts collects them from ${TEXT_ROOTS.join(', ')}; text from elsewhere must be added there):\n- ${problems.join('\n- ')}`,
          );
      },
    },
  };
}
