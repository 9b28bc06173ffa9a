/**
 * A page's social card (Open Graph / Twitter image): 1200 × 630, the site's name, the page's
 * title and, where the page has one, its headline figure, in the page's language. Rendered
 * to PNG at build (./png.ts) so that every platform shows the same picture.
 */
import { wrapText } from '../charts/text.ts';
import type { Locale } from '../i18n/locales.ts';
import { el, esc, text } from './svg.ts';
import { FONT_STACK, PRINT_THEME } from './theme.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardInput {
  locale: Locale;
  siteName: string;
  title: string;
  headline: { value: string; label: string } | null;
  /** Shown at the bottom: the site's address without the scheme. */
  host: string;
  licence: string;
}

const X = 80;
const INNER = CARD_WIDTH - X * 2;
/** Bold Georgian runs ~0.64 em a letter (the estimate says 0.67 at normal weight), Latin ~0.6: wrap a little early. */
const SAFETY = 0.95;

/** Lines of `s` at `size`, at most `max` of them (the last one cut with "…" if needed). */
export function clampLines(s: string, size: number, max: number): string[] {
  const lines = wrapText(s, INNER * SAFETY, size);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,.;:—–-]+$/, '')}…`;
  return kept;
}

export function ogCardSvg(c: CardInput): string {
  const th = PRINT_THEME;
  const parts: string[] = [
    el('rect', { width: CARD_WIDTH, height: CARD_HEIGHT, fill: th.bg }),
    el('rect', { width: CARD_WIDTH, height: 16, fill: th.mark }),
    el('rect', { x: 0, y: CARD_HEIGHT - 8, width: CARD_WIDTH, height: 8, fill: th.bgAlt }),
  ];
  let y = 96;
  for (const line of clampLines(c.siteName, 28, 2)) {
    parts.push(text({ x: X, y, 'font-size': 28, 'font-weight': 600, fill: th.textMuted }, line));
    y += 38;
  }
  y += 44;
  // Three lines fit above the headline figure: the program's full name must never be cut.
  const titleSize = c.headline ? 56 : 68;
  for (const line of clampLines(c.title, titleSize, 3)) {
    parts.push(text({ x: X, y, 'font-size': titleSize, 'font-weight': 700, fill: th.text }, line));
    y += Math.round(titleSize * 1.2);
  }
  if (c.headline) {
    parts.push(text({ x: X, y: 480, 'font-size': 104, 'font-weight': 700, fill: th.mark }, c.headline.value));
    parts.push(text({ x: X, y: 532, 'font-size': 34, fill: th.text }, clampLines(c.headline.label, 34, 1)[0]!));
  }
  parts.push(text({ x: X, y: 590, 'font-size': 26, fill: th.textMuted }, `${c.host} · ${c.licence}`));
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" lang="${c.locale}" font-family="${esc(FONT_STACK)}">` +
    `<title>${esc(c.title)}</title>` +
    parts.join('') +
    `</svg>\n`
  );
}
