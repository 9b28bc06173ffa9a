/**
 * Dates the way official Georgian writes them, in the case a sentence needs.
 *
 * Georgian legislation, Geostat and the ministries write the year first, in the genitive
 * with `წლის`, then day and month: `2017 წლის 20 აპრილი`. In a sentence the whole date
 * inflects on its last word (the month, or `წელი` for a year):
 *
 * | case | day                     | month                      | year          |
 * |------|-------------------------|----------------------------|---------------|
 * | nom  | 2017 წლის 20 აპრილი     | 2018 წლის სექტემბერი       | 2015 წელი     |
 * | dat  | 2017 წლის 20 აპრილს     | 2018 წლის სექტემბერს       | 2015 წელს     |
 * | gen  | 2017 წლის 20 აპრილის    | 2018 წლის სექტემბრის       | 2015 წლის     |
 * | abl  | 2017 წლის 20 აპრილიდან  | 2018 წლის სექტემბრიდან     | 2015 წლიდან   |
 * | term | 2017 წლის 20 აპრილამდე  | 2018 წლის სექტემბრამდე     | 2015 წლამდე   |
 * | loc  | 2017 წლის 20 აპრილს     | 2018 წლის სექტემბერში      | 2015 წელს     |
 *
 * `loc` is "when": a day and a year take the dative (`20 აპრილს`, `2015 წელს`), a month
 * the postposition -ში (`სექტემბერში`). `abl` is "from" (-დან), `term` "until" (-მდე).
 *
 * Month names come from ICU (`Intl.DateTimeFormat('ka-GE').formatToParts`), never from a
 * hand-written list; only their declension is done here. Stems ending in -ალ-/-არ-/-ერ-
 * (იანვარი, თებერვალი, სექტემბერი … დეკემბერი) drop that vowel before a vowel-initial
 * ending (syncope: თებერვლის, სექტემბრიდან, იანვრამდე) but keep it before a consonant
 * (თებერვალს, სექტემბერში). A stem ending in a vowel (აგვისტო) takes -ს in the dative and
 * genitive and -დან/-მდე directly (აგვისტოდან, აგვისტომდე).
 */
import type { DatePrecision, PartialDate } from '../../schemas/partial-date.ts';

/** The grammatical form of a date in a Georgian sentence (see the table above). */
export type KaCase = 'nom' | 'dat' | 'gen' | 'abl' | 'term' | 'loc';
export const kaCases: readonly KaCase[] = ['nom', 'dat', 'gen', 'abl', 'term', 'loc'];

export function isKaCase(s: unknown): s is KaCase {
  return typeof s === 'string' && (kaCases as readonly string[]).includes(s);
}

/**
 * A Georgian noun in the nominative (ending in -ი or a vowel stem such as აგვისტო), declined.
 * `syncope` drops the last vowel of the stem before a vowel-initial ending; by default it
 * applies to stems of two or more syllables ending in a consonant + ა/ე + ლ/რ, as the
 * months need: თებერვალ-, იანვარ-, სექტემბერ- (not აპრილ-, მაის-, nor the one-syllable ლარ-).
 */
export function declineNoun(nominative: string, c: KaCase, syncope?: boolean): string {
  if (c === 'nom') return nominative;
  const consonantStem = nominative.endsWith('ი');
  if (!consonantStem) {
    // Vowel stem: აგვისტო → აგვისტოს, აგვისტოს, აგვისტოდან, აგვისტომდე, აგვისტოში.
    const endings: Record<Exclude<KaCase, 'nom'>, string> = { dat: 'ს', gen: 'ს', abl: 'დან', term: 'მდე', loc: 'ში' };
    return nominative + endings[c];
  }
  const stem = nominative.slice(0, -1);
  const drops = syncope ?? /[აეიოუ].*[^აეიოუ][აე][ლრ]$/.test(stem);
  const short = drops ? stem.replace(/[აე]([ლრ])$/, '$1') : stem;
  switch (c) {
    case 'dat':
      return `${stem}ს`;
    case 'loc':
      return `${stem}ში`;
    case 'gen':
      return `${short}ის`;
    case 'abl':
      return `${short}იდან`;
    case 'term':
      return `${short}ამდე`;
  }
}

/** `წელი` ("year") in each case: წელი, წელს, წლის, წლიდან, წლამდე; "in 2015" is `2015 წელს`. */
export function yearWord(c: KaCase): string {
  return declineNoun('წელი', c === 'loc' ? 'dat' : c, true);
}

const monthFormat = new Intl.DateTimeFormat('ka-GE', { month: 'long', timeZone: 'UTC' });

/** The month's name in the nominative, from ICU: 1 → იანვარი … 12 → დეკემბერი. */
export function kaMonthName(date: Date): string {
  const part = monthFormat.formatToParts(date).find((p) => p.type === 'month');
  if (!part) throw new Error(`kaMonthName: ICU gave no month part for ${date.toISOString()}`);
  return part.value;
}

function parts(d: PartialDate): { year: number; month: string; day: number } {
  return { year: d.date.getUTCFullYear(), month: kaMonthName(d.date), day: d.date.getUTCDate() };
}

/** The month in the case a date of that precision needs: `loc` of a day date is the dative. */
function monthIn(month: string, c: KaCase, precision: DatePrecision): string {
  return declineNoun(month, precision === 'day' && c === 'loc' ? 'dat' : c);
}

/** One date: `2017 წლის 20 აპრილი`, `2018 წლის სექტემბერი`, `2015 წელი`, declined by `c`. */
export function formatKaDate(d: PartialDate, c: KaCase = 'nom'): string {
  const { year, month, day } = parts(d);
  switch (d.precision) {
    case 'year':
      return `${year} ${yearWord(c)}`;
    case 'month':
      return `${year} წლის ${monthIn(month, c, 'month')}`;
    case 'day':
      return `${year} წლის ${day} ${monthIn(month, c, 'day')}`;
  }
}

/**
 * How a period is written: `nom` for tables and lists (`2018 წლის 11–15 ივნისი`), `span` for
 * a sentence, "from … to" (`2017 წლის 20 აპრილიდან 2018 წლის 20 თებერვლამდე`).
 */
export type KaRangeForm = 'nom' | 'span';

/**
 * A period, with what both ends share written once:
 * - different years: each end in full (`2017 წლის 20 აპრილი – 2018 წლის 20 თებერვალი`;
 *   span `2017 წლის 20 აპრილიდან 2018 წლის 20 თებერვლამდე`);
 * - one year: `2018 წლის 28 ივნისი – 2 ივლისი` (span `2018 წლის 28 ივნისიდან 2 ივლისამდე`),
 *   months `2018 წლის ივნისი–სექტემბერი` (span `2018 წლის ივნისიდან სექტემბრამდე`);
 * - one month: `2018 წლის 11–15 ივნისი` (span `2018 წლის 11-დან 15 ივნისამდე`);
 * - years: `2015–2017 წლები` (span `2015 წლიდან 2017 წლამდე`);
 * - ends of different precision: each end in full.
 * Equal ends give one date (nominative, or the dative for a span: "on that day").
 */
export function formatKaDateRange(a: PartialDate, b: PartialDate, form: KaRangeForm = 'nom'): string {
  const from = form === 'span' ? 'abl' : 'nom';
  const to = form === 'span' ? 'term' : 'nom';
  const join = (x: string, y: string) => (form === 'span' ? `${x} ${y}` : `${x} – ${y}`);
  if (a.precision !== b.precision) return join(formatKaDate(a, from), formatKaDate(b, to));
  const p = a.precision;
  const x = parts(a);
  const y = parts(b);
  const same =
    x.year === y.year && (p === 'year' || x.month === y.month) && (p !== 'day' || x.day === y.day);
  if (same) return formatKaDate(a, form === 'span' ? 'loc' : 'nom');
  if (p === 'year') return form === 'span' ? `${x.year} წლიდან ${y.year} წლამდე` : `${x.year}–${y.year} წლები`;
  if (x.year !== y.year) return join(formatKaDate(a, from), formatKaDate(b, to));
  if (p === 'month') {
    return form === 'span'
      ? `${x.year} წლის ${declineNoun(x.month, 'abl')} ${declineNoun(y.month, 'term')}`
      : `${x.year} წლის ${x.month}–${y.month}`;
  }
  if (x.month === y.month) {
    return form === 'span'
      ? `${x.year} წლის ${x.day}-დან ${y.day} ${declineNoun(y.month, 'term')}`
      : `${x.year} წლის ${x.day}–${y.day} ${y.month}`;
  }
  return form === 'span'
    ? `${x.year} წლის ${x.day} ${declineNoun(x.month, 'abl')} ${y.day} ${declineNoun(y.month, 'term')}`
    : `${x.year} წლის ${x.day} ${x.month} – ${y.day} ${y.month}`;
}
