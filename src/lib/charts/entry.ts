/**
 * A chart registry entry: everything every surface of one chart needs — the page it lives on,
 * its embed page, its SVG/PNG image and its CSV/JSON download all read the same entry, so
 * none can show a figure, a note or a takeaway the others do not.
 */
import type { Locale } from '../i18n/locales.ts';
import type { ChartSlice } from './chart-slice.ts';
import type { BarSpec } from './bars/from-slice.ts';
import type { CentresMap } from './map/centres-map.ts';
import type { MatrixModel } from './matrix/model.ts';

interface Common {
  id: string;
  /** The rows the chart draws, its table shows and its download holds. */
  slice: ChartSlice;
  /**
   * The same rows with the words the reader sees where the download keeps codes (IOM's kinds
   * of help): same id, figures and sources. Drawn and tabled instead of `slice` when given.
   */
  shown?: ChartSlice;
  /** Route path of the page the chart lives on ('/budget/'): the embed and image link back to it. */
  page: string;
  /** Its data table: columns left out (they stay in the download) and the column heading each row. */
  table: { hide: readonly string[]; rowHeader?: string };
  /** The one sentence under its title, from the data. */
  takeaway: (locale: Locale) => string;
  /** Keys and notes printed with it, computed from the data (e.g. the hatch key only when a value is missing). */
  notes: (locale: Locale) => string[];
}

export interface BarEntry extends Common {
  kind: 'bars';
  spec: BarSpec;
}
export interface MapEntry extends Common {
  kind: 'map';
  map: (locale: Locale) => CentresMap;
}
/** The year × service matrix: an HTML table with symbols, so an embed but no image. */
export interface MatrixEntry extends Common {
  kind: 'matrix';
  matrix: (locale: Locale) => MatrixModel;
}
/** Figures best read as a table (the budget change): the table is the figure; no embed, no image. */
export interface TableEntry extends Common {
  kind: 'table';
}

export type ChartEntry = BarEntry | MapEntry | MatrixEntry | TableEntry;
/** Charts drawn as SVG: they have an image. */
export type DrawnEntry = BarEntry | MapEntry;
/** Charts that can be embedded on another site. */
export type EmbeddableEntry = BarEntry | MapEntry | MatrixEntry;

/** A registry entry for `slice`: its id is always its slice's, so no surface can name the chart otherwise. */
export function chartEntry<E extends ChartEntry>(slice: ChartSlice, rest: Omit<E, 'id' | 'slice'>): E {
  return { ...rest, id: slice.id, slice } as E;
}

export const isDrawn = (c: ChartEntry): c is DrawnEntry => c.kind === 'bars' || c.kind === 'map';
export const isEmbeddable = (c: ChartEntry): c is EmbeddableEntry => c.kind !== 'table';
