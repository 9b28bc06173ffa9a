/**
 * Text measurement without a DOM, for every layout that places or wraps labels (bars, map,
 * chart images, social cards). SVG text does not wrap, and a label's box decides where it may
 * stand, so all of them estimate widths with this one function.
 *
 * Advances are averages per character as a share of the font size, as Chromium draws Noto Sans
 * Georgian (measured on the built pages): at normal weight Georgian letters run at 0.60–0.67 em
 * (პროფესიული მომზადება-გადამზადება 0.63, ამაღლება 0.665; December 2026), Latin ones at about
 * 0.48–0.63 em (0.56 on average); at weight 600 Georgian letters are wider (ქუთაისი 8.4 px, თელავი 9.4 px a
 * letter at 13 px) than Latin ones (Batumi up to 8.7 px). Rounded up on purpose: a label
 * estimated too wide wastes a little space, one estimated too narrow collides.
 */

const GEORGIAN = /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/u;

/** Average advance of one character, in em, by script and weight. */
export const ADVANCE_EM = {
  normal: { georgian: 0.67, other: 0.58 },
  bold: { georgian: 9.6 / 13, other: 8.8 / 13 },
} as const;

export type TextWeight = 'normal' | 'bold';

/** Estimated drawn width of `text` at `fontSize` px. */
export function measureText(text: string, fontSize: number, weight: TextWeight = 'normal'): number {
  const a = ADVANCE_EM[weight];
  let em = 0;
  for (const ch of text) em += GEORGIAN.test(ch) ? a.georgian : a.other;
  return em * fontSize;
}

/** Break `text` at spaces into lines no wider than `maxWidth`; a longer word stands alone. */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: TextWeight = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measureText(next, fontSize, weight) <= maxWidth + 1e-9) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
