/** The height the embed code gives its frame before (or without) the resizing script. */
import type { Tables } from '../validation/load.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { chartView } from '../charts/view.ts';
import type { Locale } from '../i18n/locales.ts';
import { fallbackHeight } from './embed-code.ts';

/** Widest the drawing is shown in an embed, in CSS pixels (the embed page's CSS keeps to it). */
export const EMBED_MAX_WIDTH = 512;
/**
 * Narrowest text column the starting height is meant for: a 360 px phone less the embed page's
 * padding. The drawing is smaller there, but every line of text wraps to more lines.
 */
export const EMBED_MIN_WIDTH = 328;

/**
 * The frame height the embed code asks for, before (or without) its resizing script: enough
 * for the whole embed at the widest and at the narrowest column, whichever needs more. The
 * data table is closed (one line for its summary), so a frame without the script stays compact.
 */
export function embedHeight(entry: ChartEntry, tables: Tables, locale: Locale): number {
  const v = chartView(entry, tables, locale, { base: '/' }, 'embed');
  const d = v.drawing;
  // The takeaway runs to about two lines in a typical frame; the closed data table is one more.
  const takeaway = v.takeaway ? 2 : 0;
  const table = 2;
  // Lines of text measured at EMBED_MAX_WIDTH, drawn at `width`: they wrap in proportion.
  const at = (drawing: { width: number; height: number }, lines: number) => (width: number) =>
    fallbackHeight(drawing, Math.ceil((lines * EMBED_MAX_WIDTH) / width), width);
  const widest = (f: (width: number) => number) => Math.max(f(EMBED_MAX_WIDTH), f(EMBED_MIN_WIDTH));
  if (d.kind === 'bars') return widest(at(d.model.layout, 5 + takeaway + table + v.notes.length * 2));
  if (d.kind === 'map') return widest(at(d.map.frames.wide, 10 + takeaway + table));
  // The matrix: a legend of four lines and a table row per service.
  return 60 + (8 + 4 + takeaway + table + v.slice.rows.length * 2) * 26;
}
