/**
 * Partial ISO dates — 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' — read in one place: the cell parser,
 * the row rules and the formatter all ask here whether a string is one, and how precise it is.
 */

/** How much of a date the data gives: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A partial date: midnight UTC of its first day, and how much of it is known. */
export type PartialDate = { date: Date; precision: DatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The partial date a string writes, or null if it is none (including days that do not exist). */
export function readPartialDate(value: string): PartialDate | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year again so '0099' stays 99.
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { date, precision: d !== undefined ? 'day' : m !== undefined ? 'month' : 'year' };
}

/** The precision of a partial ISO date string, or null if it is not one. */
export function datePrecisionOf(value: string): DatePrecision | null {
  return readPartialDate(value)?.precision ?? null;
}
