/**
 * "Cite this dataset": a sentence in each language and a BibTeX entry, from explicit inputs
 * (the page passes the dataset's title and page URL, the site config the rest).
 */
import type { Bilingual } from '../../schemas/columns.ts';
import type { Licence, Publisher } from './types.ts';

export interface CitationInput {
  /** What is cited: a dataset's title, or the catalogue's. */
  title: Bilingual;
  /** Where it lives: the dataset's page. */
  url: string;
  version: string;
  /** When the data last changed: a Date or an ISO date string; its year is the citation year. */
  date: Date | string;
  publisher: Publisher;
  licence: Licence;
  /** The release's permanent address (`/data/releases/<version>/<slug>.csv`): what "cite this" pins. */
  permanentUrl?: string;
  /** Who produced the figures (the sources' publishers), named beside the site. */
  originalSources?: readonly Bilingual[];
}

/** How many producers a citation names before "and others". */
const MAX_SOURCES = 3;

function sourcesText(sources: readonly Bilingual[] | undefined, locale: 'ka' | 'en'): string | null {
  if (!sources?.length) return null;
  const names = [...new Set(sources.map((x) => x[locale]))];
  const shown = names.slice(0, MAX_SOURCES).join('; ');
  if (names.length <= MAX_SOURCES) return shown;
  return locale === 'ka' ? `${shown} და სხვები` : `${shown} and others`;
}

function yearOf(date: Date | string): string {
  const iso = typeof date === 'string' ? date : date.toISOString();
  const m = /^(\d{4})/.exec(iso);
  if (!m) throw new Error(`citation: "${iso}" is not an ISO date`);
  return m[1]!;
}

/** The citation sentence in Georgian and in English. */
export function citation(input: CitationInput): Bilingual {
  const year = yearOf(input.date);
  const { title, version, publisher, licence } = input;
  const url = input.permanentUrl ?? input.url;
  const ka = sourcesText(input.originalSources, 'ka');
  const en = sourcesText(input.originalSources, 'en');
  return {
    ka: `${publisher.name.ka} (${year}). ${title.ka} (ვერსია ${version}) [მონაცემთა ნაკრები]. ${url}.${ka ? ` რიცხვების პირველწყარო: ${ka}.` : ''} ლიცენზია: ${licence.short}.`,
    en: `${publisher.name.en} (${year}). ${title.en} (version ${version}) [Data set]. ${url}.${en ? ` Original source of the figures: ${en}.` : ''} Licence: ${licence.short}.`,
  };
}

/** Escapes the characters TeX treats specially in a BibTeX field value. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/**
 * A BibTeX `@misc` entry (understood by BibTeX and biblatex alike; biblatex's `@dataset` is
 * not known to classic BibTeX styles). The publisher is a corporate author, hence the double
 * braces that stop BibTeX from splitting it into first and last names. English title: most
 * BibTeX set-ups cannot typeset Georgian script.
 */
export function bibtex(input: CitationInput & { key: string }): string {
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(input.publisher.name.en)}}`],
    ['title', `{${bibtexEscape(input.title.en)}}`],
    ['year', yearOf(input.date)],
    ['version', bibtexEscape(input.version)],
    ['howpublished', 'Data set'],
    ['url', input.permanentUrl ?? input.url],
    ['note', [sourcesText(input.originalSources, 'en'), `Licence: ${input.licence.short}`].filter(Boolean).map((x, i, all) => bibtexEscape(i === 0 && all.length > 1 ? `Original source of the figures: ${x}` : x!)).join('. ')],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n');
  return `@misc{${input.key},\n${body}\n}\n`;
}
