/** The height the embed code gives its frame before (or without) the resizing script. */
import type { Tables } from '../validation/load.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { chartView, type ChartView } from '../charts/view.ts';
import { wrapText, type TextWeight } from '../charts/text.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';

/** Widest the drawing is shown in an embed, in CSS pixels (the embed page's CSS keeps to it). */
export const EMBED_MAX_WIDTH = 512;
/**
 * The text columns the starting height must fit, in CSS pixels: a 360 px phone (an article's
 * margins and the embed page's padding taken off) and a desktop article, where the embed page's
 * text runs to its widest (44rem less padding). Narrow, the drawing shrinks but every line of
 * text wraps to more lines; wide, the drawing is at its largest.
 */
export const EMBED_TEXT_WIDTHS = [296, 672] as const;

const REM = 16;
/** The site's line height (global.css), and headings'. */
const LINE = 1.6;
const HEADING_LINE = 1.25;
/**
 * The service matrix's legend and header, and one row (a service and its years' marks), in px,
 * from the built embed: 6 rows, the header and the legend take 1,123 px at 1000 px and 1,293 px
 * at 360 px.
 */
const MATRIX_HEAD = 200;
const MATRIX_ROW = 185;
/**
 * wrapText's advances are set for chart labels; running text in the browser wraps sooner (word
 * breaks, wider punctuation), by up to a quarter on the built embeds: lines are counted with
 * this much to spare.
 */
const WRAP_SPARE = 1.3;

const lines = (text: string, width: number, size: number, weight: TextWeight = 'normal') => Math.ceil(wrapText(text, width, size, weight).length * WRAP_SPARE);

/** The embed page's height at one text width, block by block, as its CSS lays it out (in px). */
function heightAt(v: ChartView, locale: Locale, width: number): number {
  const small = 0.85 * REM;
  const d = v.drawing;
  const drawingWidth = Math.min(width, EMBED_MAX_WIDTH);
  const scaled = (f: { width: number; height: number }) => (f.height * drawingWidth) / f.width;
  const drawing =
    d.kind === 'bars' ? scaled(d.model.layout)
    : d.kind === 'map' ? Math.max(scaled(d.map.frames.wide), scaled(d.map.frames.narrow)) + 4 * small * LINE
    : d.kind === 'matrix' ? MATRIX_HEAD + d.matrix.rows.length * MATRIX_ROW
    : 0;
  const sources = `${t(locale, 'figure.sources')}: ${v.citations.map((c) => (c.places ? `${c.title} (${c.places})` : c.title)).join('; ')}`;
  const back = `${t(locale, 'share.embedBack')} — ${t(locale, 'site.name')} · CC BY 4.0`;
  const text =
    lines(v.title, width, 1.15 * REM, 'bold') * 1.15 * REM * HEADING_LINE + 0.5 * REM +
    (v.takeaway ? lines(v.takeaway, width, REM) * REM * LINE + 0.5 * REM : 0) +
    0.5 * REM +
    v.notes.reduce((sum, n) => sum + lines(n, width, small) * small * LINE + 0.25 * REM, 0) +
    // The closed data table: its summary line.
    24 + 0.25 * REM +
    lines(sources, width, small) * small * LINE + 0.25 * REM +
    lines(back, width, small) * small * LINE + 0.5 * REM +
    small * LINE + 0.5 * REM;
  // The page's padding (0.5rem above, 1rem below) and a line to spare for rounding.
  return drawing + text + 1.5 * REM + small * LINE;
}

/**
 * The frame height the embed code asks for, before (or without) its resizing script: the whole
 * embed at the narrowest and at the widest text column, whichever needs more. The data table
 * is closed (its summary line only), so a frame without the script stays compact.
 */
export function embedHeight(entry: ChartEntry, tables: Tables, locale: Locale): number {
  const v = chartView(entry, tables, locale, { base: '/' }, 'embed');
  return Math.ceil(Math.max(...EMBED_TEXT_WIDTHS.map((w) => heightAt(v, locale, w))));
}
