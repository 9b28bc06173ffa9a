/**
 * How sure a published figure is — declared once here, used by every dataset that holds figures
 * (after SDMX's observation status and Eurostat's flags):
 *
 * - **comparison**: the figure is exact, a lower bound ("more than"), an upper bound ("up to")
 *   or an approximation ("about");
 * - **stage**: what the figure counts — planned at a call, selected, delivered or served; for
 *   money, allocated;
 * - **year basis**: the source states the year, or the year is inferred (with the reason in
 *   both languages, so a reader can judge it).
 *
 * These are columns of their own beside the figure (`<figure>_comparison`, `<figure>_stage`,
 * `year_basis`, `year_basis_reason_ka|en`): the figure's own column keeps its meaning. A
 * figure names its qualifier columns in its meta (`qualifiers`), so tables, charts, `<Value>`
 * and sentences never show a bound as a plain number (src/lib/i18n/qualified.ts).
 */
import { bilingual, oneOf, type Bilingual } from './columns.ts';
import type { RowProblem } from './dataset.ts';

export const COMPARISONS = [
  { value: 'exact', label: { en: 'exact', ka: 'ზუსტი' } },
  { value: 'at_least', label: { en: 'more than (a lower bound)', ka: 'ქვედა ზღვარი („-ზე მეტი“)' } },
  { value: 'at_most', label: { en: 'up to (an upper bound)', ka: 'ზედა ზღვარი („-მდე“)' } },
  { value: 'approximately', label: { en: 'about (an approximation)', ka: 'დაახლოებით (მიახლოებითი)' } },
] as const;
export type Comparison = (typeof COMPARISONS)[number]['value'];

export const STAGES = [
  { value: 'planned', label: { en: 'planned (announced at a call)', ka: 'დაგეგმილი (კონკურსის გამოცხადებისას)' } },
  { value: 'selected', label: { en: 'selected', ka: 'შერჩეული' } },
  { value: 'served', label: { en: 'delivered or served', ka: 'გაცემული ან მიწოდებული' } },
  { value: 'allocated', label: { en: 'allocated (money)', ka: 'გამოყოფილი (თანხა)' } },
] as const;
export type Stage = (typeof STAGES)[number]['value'];

export const YEAR_BASES = [
  { value: 'stated', label: { en: 'stated by the source', ka: 'წელი მითითებულია წყაროში' } },
  { value: 'inferred', label: { en: 'inferred (see the reason)', ka: 'წელი დადგენილია სხვა ცნობებით (იხ. მიზეზი)' } },
] as const;
export type YearBasis = (typeof YEAR_BASES)[number]['value'];

const COMPARISON_DOC: Bilingual = {
  en: 'exact; at_least = the source says "more than"; at_most = "up to"; approximately = "about". Empty only where the figure is empty.',
  ka: 'exact — ზუსტი; at_least — წყარო ამბობს „-ზე მეტი“; at_most — „-მდე“; approximately — „დაახლოებით“. ცარიელია მხოლოდ მაშინ, როცა რიცხვი ცარიელია.',
};

/** How exact the figure `of` is. */
export function comparison(of: Bilingual, what: string) {
  return oneOf({
    optional: true,
    label: { en: `${of.en}: how exact`, ka: `${of.ka}: სიზუსტე` },
    description: { en: `How exact ${what} is: ${COMPARISON_DOC.en}`, ka: `${of.ka} — რამდენად ზუსტია: ${COMPARISON_DOC.ka}` },
    options: COMPARISONS,
  });
}

/** What the figure `of` counts: planned, selected, served, or allocated money. */
export function stage<const V extends Stage>(of: Bilingual, what: string, allowed: readonly V[]) {
  return oneOf({
    optional: true,
    label: { en: `${of.en}: stage`, ka: `${of.ka}: ეტაპი` },
    description: {
      en: `What ${what} counts: ${allowed.join(', ')} (planned = announced at a call; selected = chosen, not yet given; served = delivered or served; allocated = money set aside).`,
      ka: `რას ითვლის რიცხვი: ${allowed.join(', ')} (planned — კონკურსის გამოცხადებისას დაგეგმილი; selected — შერჩეული, ჯერ არ გაცემული; served — გაცემული ან მიწოდებული; allocated — გამოყოფილი თანხა).`,
    },
    options: STAGES.filter((s) => (allowed as readonly string[]).includes(s.value)) as unknown as readonly { value: V; label: Bilingual }[],
  });
}

/** Whether the row's year is stated by its source or inferred, and why (three columns). */
export function yearBasis() {
  return {
    year_basis: oneOf({
      optional: true,
      label: { en: 'Year is', ka: 'წელი' },
      description: {
        en: 'stated = the source gives the year; inferred = worked out from other pages (the reason is in year_basis_reason). Empty where the row has no figure.',
        ka: 'stated — წყარო წელს ასახელებს; inferred — წელი დადგენილია სხვა გვერდებით (მიზეზი year_basis_reason-შია). ცარიელია, თუ სტრიქონში რიცხვი არ არის.',
      },
      options: YEAR_BASES,
    }),
    ...bilingual('year_basis_reason', {
      optional: true,
      label: { en: 'Why the year is inferred', ka: 'რატომ არის წელი ასე დადგენილი' },
      description: { en: 'For an inferred year: how it was worked out.', ka: 'დადგენილი წლისთვის: როგორ დადგინდა.' },
    }),
  };
}

/**
 * A figure and its qualifiers go together: a comparison or stage without a figure is an
 * error, and so is a figure that does not say how exact it is (or, where it has one, its stage).
 */
export function qualifierRules(
  value: number | null,
  valueColumn: string,
  q: { comparison: string | null; comparisonColumn: string; stage?: string | null; stageColumn?: string },
): RowProblem[] {
  const out: RowProblem[] = [];
  const pairs: [string | null | undefined, string | undefined][] = [[q.comparison, q.comparisonColumn], [q.stage, q.stageColumn]];
  for (const [code, column] of pairs) {
    if (column === undefined) continue;
    if (value === null && code !== null && code !== undefined) {
      out.push({
        column,
        code: 'qualifier_without_value',
        expected: { en: `an empty cell, because ${valueColumn} is empty`, ka: `ცარიელი უჯრა, რადგან ${valueColumn} ცარიელია` },
        found: code,
        hint: {
          en: `fill ${valueColumn} with the figure the source gives, or empty ${column}: an unknown figure is "not reported", with no qualifier`,
          ka: `შეავსეთ ${valueColumn} წყაროს რიცხვით, ან გაასუფთავეთ ${column}: უცნობი რიცხვი „არ არის ცნობილი“ და მას სიზუსტე არ აქვს`,
        },
      });
    }
    if (value !== null && (code === null || code === undefined)) {
      out.push({
        column,
        code: 'value_without_qualifier',
        expected: { en: `a code, because ${valueColumn} holds a figure and every figure says how sure it is`, ka: `კოდი, რადგან ${valueColumn} შეიცავს რიცხვს, და ყველა რიცხვმა უნდა თქვას, რამდენად სანდოა` },
        found: '',
        hint: { en: 'write exact if the source gives the figure as it is', ka: 'ჩაწერეთ exact, თუ წყარო რიცხვს ზუსტად იძლევა' },
      });
    }
  }
  return out;
}

/** An inferred year needs its reason in both languages. */
export function yearBasisRules(r: { year_basis: YearBasis | null; year_basis_reason_ka: string | null; year_basis_reason_en: string | null }): RowProblem[] {
  if (r.year_basis !== 'inferred' || (r.year_basis_reason_ka && r.year_basis_reason_en)) return [];
  return [
    {
      column: r.year_basis_reason_ka ? 'year_basis_reason_en' : 'year_basis_reason_ka',
      code: 'inferred_year_without_reason',
      expected: {
        en: 'the reason the year was inferred, in Georgian and English, because year_basis is "inferred"',
        ka: 'მიზეზი, რატომ დადგინდა წელი ასე, ქართულად და ინგლისურად, რადგან year_basis არის „inferred“',
      },
      found: '',
      hint: {
        en: 'say what the year was worked out from (e.g. "the English page dates the same figure July 2020"), or set year_basis to stated if the source gives it',
        ka: 'მიუთითეთ, რითი დადგინდა წელი (მაგ. „ინგლისური გვერდი იმავე რიცხვს 2020 წლის ივლისით ათარიღებს“), ან year_basis მიუთითეთ stated, თუ წყარო წელს ასახელებს',
      },
    },
  ];
}
