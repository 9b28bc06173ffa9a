/**
 * Search terms that find a Georgian word whatever its case or number, and a number however it
 * is grouped. Pagefind has no Georgian stemmer but matches every index word that starts with a
 * query word (მიგრანტ finds მიგრანტი, მიგრანტების, მიგრანტებს…), so the query's words are cut
 * to their stem: postpositions and case endings first (-ში, -ზე, -თან, -ით, -ად, -ის, -ს, -მა,
 * -ი…), then the plural -ებ- (or -თა), then a vowel stem's final vowel (პროგრამა/პროგრამის).
 * A stem keeps at least MIN_STEM letters, so short words stay whole.
 */

/** Shortest stem: a shorter one would match too many words. */
export const MIN_STEM = 4;

/** Postpositions and case endings, longest first (the first that fits is cut). */
const CASE_ENDINGS = [
  'ისათვის', 'ისთვის', 'ისაგან', 'ისგან', 'ისკენ', 'ისადმი', 'ამდე', 'იდან', 'თვის', 'დან', 'მდე', 'გან',
  'ებში', 'ებზე', 'ებთან', 'ებით', 'ების', 'ებს', 'ებმა', 'ებად', 'ები',
  'ში', 'ზე', 'თან', 'ით', 'ად', 'ის', 'თა', 'მა', 'ს', 'ი', 'ო', 'მ',
];
const PLURAL = ['ებ', 'ნ'];
const VOWELS = ['ა', 'ე', 'ო', 'უ'];

const GEORGIAN_WORD = /^[\u10D0-\u10FF]+$/u;

const VOWEL = /[აეიოუ]$/u;

function cut(word: string, endings: readonly string[], min: number): string {
  for (const e of endings) {
    if (!word.endsWith(e) || word.length - e.length < min) continue;
    const stem = word.slice(0, -e.length);
    // The ergative -მა follows a consonant (მიგრანტ-მა); after a vowel -მა is the stem's own (პროგრამა).
    if (e === 'მა' && VOWEL.test(stem)) continue;
    return stem;
  }
  return word;
}

/** The stem of one Georgian word (any other word comes back as it is). */
export function georgianStem(word: string): string {
  if (!GEORGIAN_WORD.test(word)) return word;
  let w = cut(word, CASE_ENDINGS, MIN_STEM);
  // Plural -ებ- only after an ending was cut (ბენეფიციარებ-ს), never from a stem that ends so.
  if (w !== word) w = cut(w, PLURAL.slice(0, 1), MIN_STEM);
  return cut(w, VOWELS, MIN_STEM);
}

/** Digits grouped by spaces, no-break spaces, commas or dots (590 000, 590,000) written as one number. */
export function joinDigitGroups(text: string): string {
  return text.replace(/\d{1,3}(?:[\s\u00A0\u202F,.]\d{3})+(?!\d)/gu, (m) => m.replace(/[\s\u00A0\u202F,.]/gu, ''));
}

/** What the search page sends to Pagefind for a reader's query. */
export function searchTerms(query: string): string {
  return joinDigitGroups(query.trim())
    .split(/\s+/u)
    .filter(Boolean)
    .map(georgianStem)
    .join(' ');
}
