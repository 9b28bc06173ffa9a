/** The height the embed code gives its frame before (or without) the resizing script. */
import type { Tables } from '../validation/load.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { chartView } from '../charts/view.ts';
import type { Locale } from '../i18n/locales.ts';
import { fallbackHeight } from './embed-code.ts';

/** Widest the drawing is shown in an embed, in CSS pixels (the embed page's CSS keeps to it). */
export const EMBED_MAX_WIDTH = 512;

/** The frame height the embed code asks for, before (or without) its resizing script. */
export function embedHeight(entry: ChartEntry, tables: Tables, locale: Locale): number {
  const v = chartView(entry, tables, locale, { base: '/' }, 'embed');
  const d = v.drawing;
  // The takeaway runs to about two lines in a typical frame.
  const takeaway = v.takeaway ? 2 : 0;
  if (d.kind === 'bars') return fallbackHeight(d.model.layout, 5 + takeaway + v.notes.length * 2, EMBED_MAX_WIDTH);
  if (d.kind === 'map') return fallbackHeight(d.map.frames.wide, 10 + takeaway, EMBED_MAX_WIDTH);
  // The matrix: a legend of four lines and a table row per service.
  return 60 + (8 + 4 + takeaway + v.slice.rows.length * 2) * 26;
}

