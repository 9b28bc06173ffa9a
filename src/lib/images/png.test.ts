import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { svgToPng, useRenderFonts } from './png.ts';

const textSvg = (s: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-size="24" font-family="'Segoe UI', sans-serif">${s}</text></svg>`;

describe('svgToPng', () => {
  it('svgToPng renders at twice the SVG’s size by default', async () => {
    const meta = await sharp(await svgToPng(textSvg('a'))).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([240, 80, 'png']);
  });
  it('svgToPng draws Georgian letters and the lari sign with a real font (no empty boxes)', async () => {
    // A missing glyph is drawn as the same box whatever the letter: different letters must differ.
    const [a, b, lari, box] = await Promise.all(['ა', 'ბ', '₾', '\uE000'].map(async (s) => (await sharp(await svgToPng(textSvg(s))).raw().toBuffer()).toString('base64')));
    expect(a).not.toBe(b);
    expect(lari).not.toBe(box);
    expect(a).not.toBe(box);
  });
  it('useRenderFonts points fontconfig at the Noto Sans Georgian files, once', () => {
    const conf = useRenderFonts();
    expect(process.env.FONTCONFIG_FILE).toBe(conf);
    expect(useRenderFonts()).toBe(conf);
  });
});

describe('svgToPng on a very tall chart', () => {
  it('svgToPng scales a chart down rather than pass the pixel limit', async () => {
    const { svgToPng, MAX_PNG_SIDE, svgSize } = await import('./png.ts');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60000" viewBox="0 0 400 60000"><rect width="400" height="60000" fill="#0072b2"/></svg>';
    expect(svgSize(svg)).toEqual({ width: 400, height: 60000 });
    const png = await svgToPng(svg);
    const sharp = (await import('sharp')).default;
    const meta = await sharp(png).metadata();
    expect(meta.height).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(meta.height! / meta.width!).toBeCloseTo(150, 0);
  }, 120_000);
});
