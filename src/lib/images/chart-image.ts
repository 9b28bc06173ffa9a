/**
 * A chart as a standalone SVG document, for download and print: its title, the drawing, its
 * legend and notes, its sources and where it comes from (the chart's page and the licence),
 * every style written as an attribute, no CSS and no custom properties. The PNG download is
 * this SVG rendered at twice its size (./png.ts).
 */
import type { Citation } from '../domain/provenance.ts';
import { wrapText } from '../charts/text.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { el, esc, text } from './svg.ts';
import { FONT_STACK, PRINT_THEME } from './theme.ts';

export interface ChartBody {
  /** Size the drawing takes in the image. */
  width: number;
  height: number;
  /** The drawing's own user space. */
  viewBox: string;
  /** The marks, in that user space (from bar-svg.ts or map-svg.ts). */
  markup: string;
  /** Let marks spill out of the box (bar values) or clip them (the map). */
  overflow?: 'visible' | 'hidden';
}

export interface ChartImageInput {
  locale: Locale;
  title: string;
  /** The text alternative: every figure in words. */
  description: string;
  body: ChartBody;
  /** Legend entries: a filled or a hollow marker and what it means. */
  legend?: { marker: 'filled' | 'hollow'; label: string }[];
  /** Short notes printed under the drawing (missing values, derived figures). */
  notes?: string[];
  /** "Source: …" in words. */
  sources: string;
  /** Where the chart comes from: its page's address and the licence. */
  credit: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const SMALL_SIZE = 12;
const SMALL_LINE = 16;
/** Wrap a little early: bold and Georgian text run wider than the average estimate. */
const WRAP_SAFETY = 0.9;

/** "Source: Report (L3); Ministry page" as plain text, in `locale`. */
export function sourcesLine(cites: readonly Citation[], locale: Locale): string {
  const items = cites.map((c) => (c.places ? `${c.title} (${c.places})` : c.title));
  return `${t(locale, items.length > 1 ? 'figure.sources' : 'figure.source')}: ${items.join('; ')}`;
}

/** The whole image: title, drawing, legend, notes, sources and credit, top to bottom. */
export function chartImageSvg(i: ChartImageInput): ChartImage {
  const c = PRINT_THEME;
  const width = Math.max(360, Math.ceil(i.body.width + PAD * 2));
  const inner = width - PAD * 2;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(i.title, inner * WRAP_SAFETY, TITLE_SIZE)) {
    y += TITLE_LINE;
    parts.push(text({ x: PAD, y: y - 6, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: c.text }, line));
  }
  y += 10;
  const vb = i.body.viewBox;
  parts.push(el('svg', { x: PAD, y, width: i.body.width, height: i.body.height, viewBox: vb, overflow: i.body.overflow ?? 'visible' }, i.body.markup));
  y += i.body.height + 8;

  for (const l of i.legend ?? []) {
    y += SMALL_LINE + 4;
    parts.push(
      l.marker === 'filled'
        ? el('circle', { cx: PAD + 5, cy: y - 4, r: 5, fill: c.mark })
        : el('circle', { cx: PAD + 5, cy: y - 4, r: 4.5, fill: c.bg, stroke: c.mark, 'stroke-width': 2.5 }),
    );
    parts.push(text({ x: PAD + 16, y, 'font-size': SMALL_SIZE, fill: c.text }, l.label));
  }
  if (i.legend?.length) y += 8;

  const small = (content: string, fill: string) => {
    for (const line of wrapText(content, inner * WRAP_SAFETY, SMALL_SIZE)) {
      y += SMALL_LINE;
      parts.push(text({ x: PAD, y: y - 4, 'font-size': SMALL_SIZE, fill }, line));
    }
  };
  for (const n of i.notes ?? []) small(n, c.textMuted);
  y += 4;
  small(i.sources, c.text);
  small(i.credit, c.textMuted);
  const height = Math.ceil(y + PAD - 4);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${i.locale}" font-family="${esc(FONT_STACK)}" font-size="14" role="img" aria-labelledby="chart-title chart-desc">` +
    `<title id="chart-title">${esc(i.title)}</title><desc id="chart-desc">${esc(i.description)}</desc>` +
    el('rect', { width, height, fill: c.bg }) +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}
