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
 * Every problem with the narratives, as sentences naming the file. Empty when all is well.
 * @param programYears the years in data/programs.csv
 */
export function narrativeProblems(entries: readonly NarrativeEntry[], programYears: readonly number[]): string[] {
  const problems: string[] = [];
  const file = (id: string) => `content/years/${id}.mdx`;
  const published = new Map<number, Set<Locale>>();
  const seen = new Map<string, string>();

  for (const e of entries) {
    const parsed = parseNarrativeId(e.id);
    if (!parsed) {
      problems.push(`${file(e.id)}: the file name must be <year>.<language>.mdx with language ${locales.join(' or ')}, e.g. 2017.ka.mdx`);
      continue;
    }
    if (parsed.year !== e.data.year) problems.push(`${file(e.id)}: the file name says year ${parsed.year} but the frontmatter says year: ${e.data.year}`);
    if (parsed.lang !== e.data.lang) problems.push(`${file(e.id)}: the file name says language ${parsed.lang} but the frontmatter says lang: ${e.data.lang}`);
    if (!programYears.includes(e.data.year)) {
      problems.push(`${file(e.id)}: ${e.data.year} is not a program year in data/programs.csv (years: ${[...programYears].sort().join(', ')})`);
    }
    const key = `${e.data.year}.${e.data.lang}`;
    const other = seen.get(key);
    if (other) problems.push(`${file(e.id)}: ${file(other)} is already the narrative for year ${e.data.year} in ${e.data.lang}`);
    seen.set(key, e.id);
    for (const f of typedFigures(e.data.summary)) {
      problems.push(`${file(e.id)}: the summary types the figure "${f.text}"; a summary has no figures (it is shown without the data around it)`);
    }
    for (const f of typedFigures(e.body ?? '')) {
      problems.push(`${file(e.id)}, line ${f.line} of the text: "${f.text}" is typed into the prose; insert figures with <Value dataset=… row=… column=… /> so they come from the data`);
    }
    if (e.data.status === 'published') {
      const langs = published.get(e.data.year) ?? new Set<Locale>();
      langs.add(e.data.lang);
      published.set(e.data.year, langs);
    }
  }

  for (const [year, langs] of [...published].sort(([a], [b]) => a - b)) {
    const missing = locales.filter((l) => !langs.has(l));
    if (missing.length) {
      problems.push(
        `Narrative for ${year} is published in ${[...langs].join(', ')} but not in ${missing.join(', ')}: ` +
          `publish ${missing.map((l) => file(`${year}.${l}`)).join(' and ')} too (status: published), or set every language back to status: draft`,
      );
    }
  }
  return problems;
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
