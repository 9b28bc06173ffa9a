/**
 * One wording per concept: the program's terms in Georgian and English, and the Georgian
 * variants that must not come back. The terms extend the shared GLOSSARY.md with what the
 * site needed beyond it (docs/glossary.md prints this module for people; keep them in step).
 *
 * `banned` is enforced by src/lib/i18n/glossary.test.ts over every Georgian text the site
 * publishes (UI strings, schema texts, data `_ka` cells, narratives, docs/*.ka.md; see
 * src/lib/update/georgian-text.ts) and reported by `npm run check` on the ministry's new text.
 */

export interface Term {
  en: string;
  ka: string;
  note?: string;
}

/** The terms, as the site uses them everywhere (labels, charts, tables, downloads). */
export const terms: readonly Term[] = [
  { en: 'reintegration assistance to returned migrants (the state program)', ka: 'საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება', note: 'the name, exact; in running text in quotes after the declined generic noun: სახელმწიფო პროგრამის „…“ შესახებ' },
  { en: 'state program', ka: 'სახელმწიფო პროგრამა' },
  { en: 'returned migrant', ka: 'დაბრუნებული მიგრანტი', note: '-თა plural (მიგრანტთა) in names and titles, -ები in running text' },
  { en: 'beneficiary', ka: 'ბენეფიციარი', note: 'also for the per-service count (ბენეფიციართა რაოდენობა), not მიმღები' },
  { en: 'persons served (label)', ka: 'მომსახურებული პირები', note: 'in a sentence: სერვისი მიეწოდა … პირს' },
  { en: 'not reported (a value)', ka: 'მონაცემი არ არის', note: 'in sentences: წყარო არ ასახელებს / წყაროში არ არის მითითებული; never უცნობია (that claims more)' },
  { en: 'empty if not reported (schema descriptions)', ka: 'ცარიელია, თუ წყარო არ ასახელებს' },
  { en: 'the source counts N directions', ka: 'წყარო მხოლოდ მიმართულებების რაოდენობას უთითებს: N', note: 'not ასახელებს (names), which implies a list' },
  { en: 'overlapping (counts)', ka: 'ნაწილობრივ ემთხვევა ერთმანეთს', note: 'not ფარავს (covers)' },
  { en: 'mobility centre', ka: 'მობილურობის ცენტრი' },
  { en: 'accessibility', ka: 'ხელმისაწვდომობა' },
  { en: 'figure (a number in the data)', ka: 'რიცხვი', note: 'ციფრი is a digit' },
  { en: 'reporting period', ka: 'საანგარიშო პერიოდი' },
  { en: 'training', ka: 'ტრენინგი' },
  { en: 'awareness raising', ka: 'ცნობიერების ამაღლება' },
  { en: 'what’s new (feed)', ka: 'სიახლეები' },
  { en: 'dataset', ka: 'მონაცემთა ნაკრები' },
  { en: 'derived', ka: 'გამოთვლილი' },
  { en: 'thousands separator', ka: 'ათასეულების გამყოფი' },
  { en: 'decimal degrees', ka: 'ათწილადი გრადუსები' },
  { en: 'JavaScript', ka: 'JavaScript', note: 'Latin-script names stay Latin' },
  { en: 'none (not one)', ka: 'არც ერთი', note: 'written apart, as the academic norm writes it' },
  { en: 'date', ka: '2017 წლის 20 აპრილი', note: 'official pattern, declined in sentences (src/lib/i18n/date-ka.ts)' },
];

export interface BannedVariant {
  /** What must not appear (Georgian text). */
  pattern: RegExp;
  /** What to write instead. */
  use: string;
  why: string;
  /** A text where the pattern is right after all (it is tested against the whole text). */
  allowedIn?: RegExp;
}

/** Variants that the review found and that must not come back. */
export const banned: readonly BannedVariant[] = [
  { pattern: /მობილობ/u, use: 'მობილურობის ცენტრი', why: 'the glossary term' },
  {
    pattern: /უცნობ/u,
    use: 'წყარო არ ასახელებს / მონაცემი არ არის',
    why: '"unknown" claims more than "not reported"',
    // A source's publication date genuinely unknown (sources.csv `published`); a word the column does not know.
    allowedIn: /როდის გამოქვეყნდა|უცნობი სიტყვა/u,
  },
  {
    pattern: /(?<!ჯერ )არ არის ცნობილი/u,
    use: 'წყაროში არ არის მითითებული',
    why: '"not known" for "not reported"; only "not known yet" (ჯერ არ არის ცნობილი) mirrors the English',
  },
  { pattern: /წვდომადობ/u, use: 'ხელმისაწვდომობა', why: 'non-standard coinage' },
  { pattern: /მომვლელ/u, use: 'მოგვწერეთ (to the maintainers)', why: 'მომვლელი is a carer' },
  { pattern: /ფარავს ერთმანეთს|ერთმანეთს ფარავს/u, use: 'ნაწილობრივ ემთხვევა ერთმანეთს', why: 'ფარავს = covers, hides' },
  { pattern: /ჯავასკრიპტ/u, use: 'JavaScript', why: 'Latin-script names stay Latin' },
  { pattern: /ახალი ამბები(?![ა-ჰ])/u, use: 'სიახლეები', why: 'one word for the feed' },
  { pattern: /არცერთ/u, use: 'არც ერთ-', why: 'the orthographic norm writes it apart' },
  { pattern: /რეინტეგრაციის (?:ხელშეწყობის )?სახელმწიფო პროგრამ|მიგრანტთა რეინტეგრაციის სახელმწიფო/u, use: 'სახელმწიფო პროგრამა „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“', why: 'the program has one name' },
  { pattern: /ანგარიშის პერიოდი/u, use: 'საანგარიშო პერიოდი', why: 'the glossary term' },
  { pattern: /მიღწეული პირ/u, use: 'პროექტით მოცული პირები', why: 'calque of "reached"' },
  { pattern: /ათობით გრადუს/u, use: 'ათწილად გრადუსებში', why: 'decimal degrees' },
  { pattern: /ათასების გამყოფ/u, use: 'ათასეულების გამყოფი', why: 'the usual term' },
  { pattern: /უ-BOM-ო|უსკრიპტოდ/u, use: 'BOM-ის გარეშე / სკრიპტის გარეშე', why: 'ad-hoc coinage' },
  { pattern: /აიწყოს/u, use: 'აეწყოს', why: 'wrong voice' },
  { pattern: /\(თარიღი:/u, use: '<Value … case="dat" /> in the sentence', why: 'dates are declined, not appended' },
  { pattern: /(?<!\d)\d{1,2} (?:იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი), \d{4}/u, use: '2017 წლის 20 აპრილი', why: 'the ICU pattern, not the official one' },
];

export interface BannedHit {
  match: string;
  variant: BannedVariant;
}

/** The banned variants found in a Georgian text. */
export function findBanned(text: string): BannedHit[] {
  const out: BannedHit[] = [];
  for (const variant of banned) {
    const m = variant.pattern.exec(text);
    if (m && !(variant.allowedIn && variant.allowedIn.test(text))) out.push({ match: m[0], variant });
  }
  return out;
}
