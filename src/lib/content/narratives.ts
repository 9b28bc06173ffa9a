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
  const prose = body
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\{[^{}]*\}/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank)
    .replace(/^\s*(?:import|export)\s.*$/gm, blank);
  prose.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\d[\d\s.,]*/g)) out.push({ line: i + 1, text: m[0].trim() });
  });
  return out;
}

/**
 * Every problem with the narratives, in both languages, naming the file and (for typed
 * figures) the line of the text. Empty when all is well.
 * @param programYears the years in data/programs.csv
 */
export function narrativeIssues(entries: readonly NarrativeEntry[], programYears: readonly number[]): DataIssue[] {
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
      add(e.id, 'typed_figure', { en: 'no figure typed into the text', ka: 'ტექსტი ხელით აკრეფილი რიცხვების გარეშე' }, f.text, {
        row: f.line,
        hint: { en: 'insert figures with <Value dataset="programs" row="2017" column="budget_gel" /> so they come from the data', ka: 'რიცხვი ჩასვით კომპონენტით <Value dataset="programs" row="2017" column="budget_gel" />, რომ მონაცემებიდან მოდიოდეს' },
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
