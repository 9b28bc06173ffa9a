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
