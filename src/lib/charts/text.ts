/**
 * Text measurement without a DOM. SVG text does not wrap, so labels are broken into lines
 * here, from an estimated average glyph width (Georgian and Latin glyphs of Noto Sans are of
 * similar advance at the same size).
 */

/** Average advance of one character, as a share of the font size. */
export const CHAR_WIDTH_EM = 0.56;

export function estimateWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH_EM;
}

/** Break `text` at spaces into lines no wider than `maxWidth`; a longer word stands alone. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * CHAR_WIDTH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
