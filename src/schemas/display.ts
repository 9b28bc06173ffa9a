/**
 * How a column's values are shown to a reader — decided once, in its schema declaration, and
 * read by the one formatter (`formatDisplay` in src/lib/i18n/format.ts) that tables, charts,
 * `<Value>`, downloads' column sheets and sentences share. No code guesses it from a unit's text.
 */

export type DisplayKind =
  /** An amount in lari: "590 000 ₾" / "GEL 590,000". */
  | 'money'
  /** A change in lari, with its sign: "+60 000 ₾". */
  | 'signedMoney'
  /** A count of persons, projects, rows…: "1 234" / "1,234". */
  | 'count'
  /** A share from 0 to 1, shown as a percentage. */
  | 'share'
  /** Any other number, written as it is (coordinates). */
  | 'number'
  | 'year'
  /** A partial ISO date, as precise as the data. */
  | 'date'
  | 'text'
  /** A coded value: shown by its option's label where the column has options. */
  | 'code'
  | 'list'
  | 'boolean';

const NUMERIC: ReadonlySet<DisplayKind> = new Set(['money', 'signedMoney', 'count', 'share', 'number']);

/** Whether values of this kind are numbers (right-aligned, tabular figures). */
export function isNumericDisplay(kind: string): boolean {
  return NUMERIC.has(kind as DisplayKind);
}

/**
 * A column's display kind for one row: a figure whose unit is given row by row (milestones'
 * `figure` with `figure_unit`) is money where that row says `gel`.
 */
export function displayOf(meta: { display: DisplayKind; unitColumn?: string }, row?: Readonly<Record<string, unknown>>): DisplayKind {
  if (meta.unitColumn && row && row[meta.unitColumn] === 'gel') return 'money';
  return meta.display;
}
