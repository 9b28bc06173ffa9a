/**
 * SVG → PNG at build time with sharp (libvips, which draws SVG with librsvg and text with
 * Pango, fontconfig and FreeType).
 *
 * Fonts: the images must show Georgian and the lari sign (₾) the same on every machine, and
 * a build machine may have no Georgian font at all (Debian's fonts-noto-core is not a
 * dependency). So before the first render this module points fontconfig at Noto Sans
 * Georgian from the npm package `@fontsource/noto-sans-georgian` (Georgian, Latin and
 * Latin-extended subsets, the last for ₾) and at nothing else: FONTCONFIG_FILE names a
 * config written to a temporary folder. sharp's FreeType reads neither WOFF nor WOFF2, so
 * the WOFF files are unwrapped to plain SFNT first (./woff.ts).
 *
 * fontconfig reads FONTCONFIG_FILE once, when the process first draws text: anything in the
 * same process that drew text with sharp before would keep the system's fonts.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { woffToSfnt } from './woff.ts';

/** The family every image names first (see theme.ts). */
export const RENDER_FAMILY = 'Noto Sans Georgian';
const SUBSETS = ['georgian', 'latin', 'latin-ext'] as const;
const WEIGHTS = [400, 600, 700] as const;

let configured: string | null = null;

/** Writes the fonts and the fontconfig file once per process; returns the config's path. */
export function useRenderFonts(): string {
  if (configured) return configured;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const pkgDir = dirname(require.resolve('@fontsource/noto-sans-georgian/package.json'));
  const dir = join(tmpdir(), `reintegration-render-fonts-${process.pid}`);
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const name = `noto-sans-georgian-${subset}-${weight}-normal`;
      const target = join(dir, 'fonts', `${name}.ttf`);
      if (!existsSync(target)) writeFileSync(target, woffToSfnt(readFileSync(join(pkgDir, 'files', `${name}.woff`))));
    }
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n` +
      // Any family the SVG names (and the generic ones) resolves to Noto Sans Georgian.
      `  <match target="pattern"><edit name="family" mode="prepend" binding="strong"><string>${RENDER_FAMILY}</string></edit></match>\n` +
      `</fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = conf;
  configured = conf;
  return conf;
}

/** The largest side a PNG may have: libvips refuses SVGs rendered past 32,767 px. */
export const MAX_PNG_SIDE = 16_000;

/** The SVG's own size in px, from its width/height attributes or its viewBox. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(tag)?.[1] ?? NaN);
  const [w, h] = [num('width'), num('height')];
  if (w > 0 && h > 0) return { width: w, height: h };
  const vb = /viewBox="[\d.\-]+\s+[\d.\-]+\s+([\d.]+)\s+([\d.]+)"/.exec(tag);
  return vb ? { width: Number(vb[1]), height: Number(vb[2]) } : null;
}

/**
 * The PNG of `svg` at `scale` times its own size (2 by default: sharp on a high-density screen
 * and in print), or less where that would pass MAX_PNG_SIDE (a chart of very many years).
 */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  useRenderFonts();
  const size = svgSize(svg);
  const fit = size ? Math.min(scale, MAX_PNG_SIDE / Math.max(size.width, size.height)) : scale;
  return sharp(Buffer.from(svg), { density: 72 * fit })
    // A palette of up to 256 colours: a third of the size of full colour, and no visible
    // difference on flat charts (the text's anti-aliasing survives).
    .png({ palette: true, compressionLevel: 9, effort: 10 })
    .toBuffer();
}
