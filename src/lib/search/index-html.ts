/**
 * The text Pagefind indexes for a page, prepared so that every word can be found: the page's
 * HTML with a space after each table cell, list item and definition (Pagefind would otherwise
 * glue `<td>ბიუჯეტი</td><td>590 000</td>` into one word, ბიუჯეტი590) and with grouped numbers
 * written as one (590 000 → 590000, as a reader types it; the query is joined the same way).
 * Only the index sees this; the built page stays as it is.
 */
import { joinDigitGroups } from './georgian-stem.ts';

const CELL_END = /<\/(td|th|dt|dd|li|caption|figcaption|summary|p|h[1-6]|div|tr|label|button)>/gi;

/** Text nodes only: the grouping is joined outside tags, so attributes and URLs stay whole. */
export function indexableHtml(html: string): string {
  return html.replace(CELL_END, '$& ').replace(/>([^<]+)</g, (_, text: string) => `>${joinDigitGroups(text)}<`);
}
