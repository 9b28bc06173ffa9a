/**
 * The year narratives: short texts in `content/years/<year>.<lang>.mdx`, one per program year
 * and language, that tell a year's story around its figures.
 *
 * Rules (checked by `narrativeProblems`, which the year pages run in `getStaticPaths`, so a
 * broken narrative stops the build):
 * - the file is named `<year>.<lang>.mdx`, and its frontmatter says the same year and language;
 * - the year is a program year (a `year` in data/programs.csv);
 * - a year published in one language is published in every language (the site never shows
 *   a year's story in Georgian only, or in English only);
 * - the text types no figure: every digit stands inside a component such as
 *   `<Value dataset="programs" row="2017" column="budget_gel" />`, which reads it from the
 *   data. A digit in the prose is an error.
 * A `draft` is checked like any other file but never shown.
 *
 * Add a year's narrative: copy `2018.ka.mdx` and `2018.en.mdx`, change `year` and the `row`
 * of every `<Value>`, keep `status: draft` until both languages are written, then set both
 * to `published`.
 */
import { z } from 'zod';
import type { Bilingual } from '../../schemas/columns.ts';
import { formatIssue, type DataIssue } from '../validation/issues.ts';
import { locales, type Locale } from '../i18n/locales.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The frontmatter of a narrative. YAML reads an unquoted `published: 2018-06-30` as a date;
 * both that and the quoted string are accepted and kept as the string `YYYY-MM-DD`.
 */
export const narrativeSchema = z.object({
  year: z.number().int().min(1991).max(9999),
  lang: z.enum(locales),
  status: z.enum(['draft', 'published']),
  published: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
    .refine(isRealDay, { message: 'published must be a real date written as YYYY-MM-DD' }),
  summary: z.string().trim().min(1, { message: 'summary must not be empty' }),
});

export type NarrativeData = z.infer<typeof narrativeSchema>;

/** What the check needs of a collection entry: its id (file name without `.mdx`), data, body. */
export interface NarrativeEntry {
  id: string;
  data: NarrativeData;
  body?: string | undefined;
  /**
   * The line of the file on which the body starts (after the front matter), so messages give
   * the line an editor shows; 1 when unknown (the build's content layer hands over the body alone).
   */
  bodyLine?: number;
}

/** The body's line `line` (1-based) as a line of the whole file. */
export const fileLine = (e: NarrativeEntry, line: number) => line + (e.bodyLine ?? 1) - 1;

/** MDX with its comments and code blanked out (line breaks kept): what is written, not what is quoted. */
export function withoutCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank);
}

const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|იანვ|თებერვ|მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტ|სექტემბ|ოქტომბ|ნოემბ|დეკემბ)/i;

/**
 * Years and dates are words of the prose, not figures: "In 2019 the program…", "2017 წლის
 * 20 აპრილი", "20 April 2017". A four-digit year (1900–2099) is allowed, and a day (1–31)
 * next to a month name.
 */
function isYearOrDay(token: string, before: string, after: string): boolean {
  if (/^(?:19|20)\d\d$/.test(token)) return true;
  if (!/^\d{1,2}$/.test(token) || Number(token) < 1 || Number(token) > 31) return false;
  const next = after.trimStart();
  const previous = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  return MONTHS.test(next) || MONTHS.test(previous);
}

/** `2017.ka` → { year: 2017, lang: 'ka' }; null if the file name does not follow the rule. */
export function parseNarrativeId(id: string): { year: number; lang: Locale } | null {
  const m = /^(?:.*\/)?(\d{4})\.([a-z]{2})(?:\.mdx)?$/.exec(id);
  if (!m) return null;
  const lang = m[2] as string;
  if (!(locales as readonly string[]).includes(lang)) return null;
  return { year: Number(m[1]), lang: lang as Locale };
}

/**
 * Figures typed into the prose of an MDX body: runs of digits outside JSX tags, expressions,
 * code and HTML comments. Returns each with its line number (counted in the body).
 */
export function typedFigures(body: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  // Blank out everything that is not prose, keeping line breaks so line numbers stay right.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const prose = withoutCode(body)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\{[^{}]*\}/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/^\s*(?:import|export)\s.*$/gm, blank);
  prose.split('\n').forEach((text, i) => {
    // A figure: digits with decimal marks, and groups of three after a space ("590 000").
    for (const m of text.matchAll(/\d+(?:[.,]\d+)*(?:[ \u00a0\u202f]\d{3}(?!\d))*/g)) {
      if (isYearOrDay(m[0], text.slice(0, m.index), text.slice(m.index + m[0].length))) continue;
      out.push({ line: i + 1, text: m[0] });
    }
  });
  return out;
}

/**
 * Every problem with the narratives, in both languages, naming the file and (for typed
 * figures) the line of the text. Empty when all is well.
 * @param programYears the years in data/programs.csv
 */
/** A typed figure as a number: `590 000`, `590,000` → 590000; `1,5` → 1.5. */
export function figureValue(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return Number(/^\d{1,3}(?:,\d{3})+$/.test(compact) ? compact.replace(/,/g, '') : compact.replace(',', '.'));
}

/**
 * @param cellsHolding the `<Value>` tags of the cells that hold a figure, to suggest in place
 *   of a typed one (`npm run check` passes the data's; the build has no suggestion to make)
 */
export function narrativeIssues(entries: readonly NarrativeEntry[], programYears: readonly number[], cellsHolding?: (figure: number) => string[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = (id: string) => `content/years/${id}.mdx`;
  const add = (id: string, code: string, expected: Bilingual, found: string, extra: Partial<DataIssue> = {}) =>
    issues.push({ severity: 'error', file: file(id), code, expected, found, ...extra });
  const published = new Map<number, Set<Locale>>();
  const seen = new Map<string, string>();

  for (const e of entries) {
    const parsed = parseNarrativeId(e.id);
    if (!parsed) {
      add(e.id, 'narrative_name', { en: `a file named <year>.<language>.mdx with language ${locales.join(' or ')}, e.g. 2017.ka.mdx`, ka: `ფაილის სახელი ფორმით <წელი>.<ენა>.mdx, ენა ${locales.join(' ან ')}, მაგ. 2017.ka.mdx` }, `${e.id}.mdx`);
      continue;
    }
    if (parsed.year !== e.data.year) add(e.id, 'narrative_year', { en: `year: ${parsed.year}, as in the file name`, ka: `year: ${parsed.year}, როგორც ფაილის სახელშია` }, `year: ${e.data.year}`, { column: 'year' });
    if (parsed.lang !== e.data.lang) add(e.id, 'narrative_lang', { en: `lang: ${parsed.lang}, as in the file name`, ka: `lang: ${parsed.lang}, როგორც ფაილის სახელშია` }, `lang: ${e.data.lang}`, { column: 'lang' });
    if (!programYears.includes(e.data.year)) {
      add(e.id, 'narrative_unknown_year', { en: `a program year in data/programs.csv (${[...programYears].sort().join(', ')})`, ka: `პროგრამის წელი ფაილიდან data/programs.csv (${[...programYears].sort().join(', ')})` }, String(e.data.year), {
        column: 'year',
        hint: { en: 'add the year first: npm run new-year -- <year>', ka: 'ჯერ დაამატეთ წელი: npm run new-year -- <წელი>' },
      });
    }
    const key = `${e.data.year}.${e.data.lang}`;
    const other = seen.get(key);
    if (other) add(e.id, 'narrative_duplicate', { en: `one narrative per year and language; ${file(other)} is already the one for ${key}`, ka: `ერთი ნარატივი თითო წელსა და ენაზე; ${key}-ისთვის უკვე არის ${file(other)}` }, file(e.id));
    seen.set(key, e.id);
    for (const f of typedFigures(e.data.summary)) {
      add(e.id, 'typed_figure', { en: 'a summary without figures (it is shown without the data around it)', ka: 'შეჯამება რიცხვების გარეშე (ის მონაცემების გარეშე ჩანს)' }, f.text, { column: 'summary' });
    }
    for (const f of typedFigures(e.body ?? '')) {
      const tags = cellsHolding?.(figureValue(f.text)) ?? [];
      add(e.id, 'typed_figure', { en: 'no figure typed into the text', ka: 'ტექსტი ხელით აკრეფილი რიცხვების გარეშე' }, f.text, {
        row: fileLine(e, f.line),
        hint: tags.length
          ? { en: `the data holds this figure: write ${tags.join(' or ')} in its place, so it comes from the data`, ka: `ეს რიცხვი მონაცემებშია: მის ნაცვლად ჩაწერეთ ${tags.join(' ან ')}, რომ მონაცემებიდან მოდიოდეს` }
          : { en: 'add the figure to the data with its source, then insert it with a <Value dataset="…" row="…" column="…" /> tag naming its cell', ka: 'დაამატეთ რიცხვი მონაცემებში თავისი წყაროთი და ჩასვით <Value dataset="…" row="…" column="…" /> კომპონენტით, რომელიც მის უჯრას ასახელებს' },
      });
    }
    if (e.data.status === 'published') {
      const langs = published.get(e.data.year) ?? new Set<Locale>();
      langs.add(e.data.lang);
      published.set(e.data.year, langs);
    }
  }

  for (const [year, langs] of [...published].sort(([a], [b]) => a - b)) {
    for (const l of locales.filter((x) => !langs.has(x))) {
      issues.push({
        severity: 'error',
        file: file(`${year}.${l}`),
        column: 'status',
        code: 'narrative_one_language',
        expected: {
          en: `status: published, because ${year} is published in ${[...langs].join(', ')}; a year is published in every language or in none`,
          ka: `status: published, რადგან ${year} გამოქვეყნებულია ენაზე ${[...langs].join(', ')}; წელი ქვეყნდება ყველა ენაზე ან არცერთზე`,
        },
        found: entries.some((e) => e.id === `${year}.${l}`) ? 'status: draft' : 'no such file',
        hint: { en: 'write and publish this language too, or set every language back to status: draft', ka: 'დაწერეთ და გამოაქვეყნეთ ეს ენაც, ან ყველა ენაზე დააბრუნეთ status: draft' },
      });
    }
  }
  return issues;
}

/** The same problems as English sentences (the build's error message). */
export function narrativeProblems(entries: readonly NarrativeEntry[], programYears: readonly number[]): string[] {
  return narrativeIssues(entries, programYears).map((i) => formatIssue(i, 'en'));
}

/** Throws one error listing every problem, so the build stops and says what to fix. */
export function assertNarratives(entries: readonly NarrativeEntry[], programYears: readonly number[]): void {
  const problems = narrativeProblems(entries, programYears);
  if (problems.length) {
    throw new Error(`The year narratives (content/years/) have ${problems.length} problem(s); nothing was published:\n- ${problems.join('\n- ')}`);
  }
}

/** The published narrative of `year` in `lang`, or null (drafts are never shown). */
export function publishedNarrative<E extends NarrativeEntry>(entries: readonly E[], year: number, lang: Locale): E | null {
  return entries.find((e) => e.data.year === year && e.data.lang === lang && e.data.status === 'published') ?? null;
}
