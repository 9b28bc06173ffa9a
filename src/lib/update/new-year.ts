/**
 * Scaffolding a new program year (`npm run new-year -- 2019`): a row in programs.csv with every
 * figure empty (= not reported), a revision-log row marking the year provisional, and draft
 * narratives in both languages. Pure text in, text out; the script does the file work.
 */
import Papa from 'papaparse';
import { locales, type Locale } from '../i18n/locales.ts';

export class NewYearError extends Error {
  readonly ka: string;
  constructor(en: string, ka: string) {
    super(en);
    this.name = 'NewYearError';
    this.ka = ka;
  }
}

/** The year argument, checked: four digits, 1991 or later. */
export function parseYear(arg: string | undefined): number {
  if (arg === undefined || !/^\d{4}$/.test(arg.trim()) || Number(arg) < 1991) {
    throw new NewYearError(
      `"${arg ?? ''}" is not a year: write it with four digits, e.g. npm run new-year -- 2019`,
      `„${arg ?? ''}“ არ არის წელი: ჩაწერეთ ოთხი ციფრით, მაგ. npm run new-year -- 2019`,
    );
  }
  return Number(arg.trim());
}

function lineEnding(csv: string): string {
  return csv.includes('\r\n') ? '\r\n' : '\n';
}

/** Append one row to CSV text, filling cells by column name (others empty), keeping its line ends. */
export function appendRow(csv: string, values: Record<string, string>): string {
  const eol = lineEnding(csv);
  const header = (Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? []).map((h) => h.trim());
  for (const name of Object.keys(values)) if (!header.includes(name)) throw new Error(`appendRow: no column ${name}`);
  const line = Papa.unparse([header.map((h) => values[h] ?? '')], { newline: eol });
  const body = csv.endsWith('\n') ? csv : csv + eol;
  return body + line + eol;
}

/** The years already in programs.csv. */
export function yearsIn(programsCsv: string): number[] {
  const rows = Papa.parse<Record<string, string>>(programsCsv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => Number(r.year)).filter(Number.isFinite);
}

const SUMMARY: Record<Locale, string> = {
  ka: 'წლის მოკლე შეჯამება ერთი წინადადებით (ციფრების გარეშე).',
  en: 'A one-sentence summary of the year (without figures).',
};

const BODY: Record<Locale, (y: number) => string> = {
  ka: (y) => `პროგრამის ბიუჯეტი იყო <Value dataset="programs" row="${y}" column="budget_gel" />, სერვისი მიიღო <Value dataset="programs" row="${y}" column="persons_served" /> პირმა.

აქ დაწერეთ წლის მოკლე ამბავი საკუთარი სიტყვებით. ციფრები ჩასვით მხოლოდ \`<Value>\` კომპონენტით, რომ მონაცემებიდან მოდიოდეს.
`,
  en: (y) => `The program's budget was <Value dataset="programs" row="${y}" column="budget_gel" />, and <Value dataset="programs" row="${y}" column="persons_served" /> persons received a service.

Write the year's short story here in your own words. Insert figures only with the \`<Value>\` component, so that they come from the data.
`,
};

/** A draft narrative for `year` in `lang`, dated `today` (YYYY-MM-DD). */
export function narrativeStub(year: number, lang: Locale, today: string): string {
  return `---
year: ${year}
lang: ${lang}
status: draft
published: ${today}
summary: ${SUMMARY[lang]}
---

${BODY[lang](year)}`;
}

export interface Scaffold {
  programsCsv: string;
  revisionsCsv: string;
  narratives: { path: string; text: string }[];
}

/** Everything `new-year` writes, or a NewYearError when the year exists already. */
export function scaffoldYear(
  year: number,
  today: string,
  files: { programsCsv: string; revisionsCsv: string; existingNarratives: readonly string[] },
): Scaffold {
  if (yearsIn(files.programsCsv).includes(year)) {
    throw new NewYearError(
      `${year} is already in data/programs.csv: edit that row instead of adding the year again`,
      `${year} უკვე არის ფაილში data/programs.csv: შეასწორეთ ის სტრიქონი, წელს ხელახლა ნუ დაამატებთ`,
    );
  }
  const narratives = locales.map((lang) => ({ path: `content/years/${year}.${lang}.mdx`, text: narrativeStub(year, lang, today) }));
  const clash = narratives.find((n) => files.existingNarratives.includes(n.path));
  if (clash) {
    throw new NewYearError(`${clash.path} exists already: remove it or edit it`, `${clash.path} უკვე არსებობს: წაშალეთ ან შეასწორეთ`);
  }
  return {
    programsCsv: appendRow(files.programsCsv, { year: String(year), breakdown: 'not_reported' }),
    revisionsCsv: appendRow(files.revisionsCsv, {
      revision_id: `added-${year}`,
      date: today,
      dataset: 'programs',
      row_key: String(year),
      status: 'provisional',
      change_ka: 'დაემატა ახალი წელი; მონაცემები ჯერ არ არის.',
      change_en: 'A new year was added; its figures are still to come.',
      reason_ka: 'წლიური განახლება.',
      reason_en: 'Annual update.',
    }),
    narratives,
  };
}
