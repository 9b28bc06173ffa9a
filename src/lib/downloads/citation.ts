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
  const { title, url, version, publisher, licence } = input;
  return {
    ka: `${publisher.name.ka} (${year}). ${title.ka} (ვერსია ${version}) [მონაცემთა ნაკრები]. ${url}. ლიცენზია: ${licence.short}.`,
    en: `${publisher.name.en} (${year}). ${title.en} (version ${version}) [Data set]. ${url}. Licence: ${licence.short}.`,
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
    ['url', input.url],
    ['note', `Licence: ${bibtexEscape(input.licence.short)}`],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n');
  return `@misc{${input.key},\n${body}\n}\n`;
}
