/**
 * The year's narrative as the update desk writes it from its form: the two MDX files
 * (`content/years/<year>.<lang>.mdx`, front matter as `npm run new-year` writes it), checked
 * with the build's own narrative rules (`narrativeIssues`, `valueIssues`: a typed figure is
 * refused, a year or a date is not), the figures the picker offers from the checked data, and
 * the preview with each `<Value>` formatted as the year page formats it (`resolveValue`). Pure:
 * the browser hands in the form's values and the checked tables.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import type { ColumnMeta } from '../../schemas/columns.ts';
import { datasets, slugs, type Slug } from '../../schemas/index.ts';
import { optionLabel } from '../../schemas/options.ts';
import { splitFrontMatter, valueIssues, valueTags } from '../content/narrative-check.ts';
import { narrativeIssues, narrativeSchema, type NarrativeEntry } from '../content/narratives.ts';
import { cellsHolding, resolveValue, rowKey } from '../content/value.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import type { DataIssue } from '../validation/issues.ts';
import type { Tables } from '../validation/load-from.ts';

/** What the officer wrote, in one language. */
export interface NarrativeText {
  summary: string;
  body: string;
}

export interface NarrativeForm {
  year: number;
  status: 'draft' | 'published';
  /** The day of writing, YYYY-MM-DD (`published` in the front matter, as new-year writes it). */
  published: string;
  text: Record<Locale, NarrativeText>;
}

/** Where the file goes in the repository. */
export const narrativePath = (year: number, lang: Locale) => `content/years/${year}.${lang}.mdx`;

/** The summary on one line: it is a front-matter value, shown as one sentence. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The body as an editor saves it: `\n` line ends, no trailing spaces, one final line end. */
const bodyText = (s: string) => `${s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim()}\n`;

/**
 * The MDX file of one language: the front matter `new-year` writes (year, lang, status,
 * published, summary), then the text. The summary is written in double quotes (JSON's
 * escaping is YAML's), so a colon or a quotation mark in it cannot break the front matter.
 */
export function narrativeMdx(form: NarrativeForm, lang: Locale): string {
  const t = form.text[lang];
  return `---
year: ${form.year}
lang: ${lang}
status: ${form.status}
published: ${form.published}
summary: ${JSON.stringify(oneLine(t.summary))}
---

${bodyText(t.body)}`;
}

/** Both files, Georgian first. */
export function narrativeFiles(form: NarrativeForm): { path: string; text: string }[] {
  return locales.map((lang) => ({ path: narrativePath(form.year, lang), text: narrativeMdx(form, lang) }));
}

/**
 * The entry the build's check reads from a file the desk writes: its front matter through the
 * content collection's schema, its body and the line the body starts on from the file's text.
 */
export function narrativeEntry(form: NarrativeForm, lang: Locale): NarrativeEntry | null {
  const split = splitFrontMatter(narrativeMdx(form, lang));
  const data = narrativeSchema.safeParse({ year: form.year, lang, status: form.status, published: form.published, summary: oneLine(form.text[lang].summary) });
  if (!split || !data.success) return null;
  return { id: `${form.year}.${lang}`, data: data.data, body: split.body, bodyLine: split.bodyLine };
}

/** A `<Value … />` tag whose markup is whole; anything else in angle or curly brackets is MDX code. */
const WHOLE_TAG = /<Value\b[^<>]*\/>/g;

/**
 * The desk's one rule beyond the build's: the text is prose, so `<`, `{` and `}` outside a
 * whole `<Value … />` tag (MDX would read them as code, and the build would stop) are refused
 * on their line of the file.
 */
function markupIssues(entry: NarrativeEntry): DataIssue[] {
  const out: DataIssue[] = [];
  (entry.body ?? '').split('\n').forEach((line, i) => {
    const left = line.replace(WHOLE_TAG, '');
    const found = /[<{}]/.exec(left);
    if (!found) return;
    out.push({
      severity: 'error',
      file: `content/years/${entry.id}.mdx`,
      row: i + (entry.bodyLine ?? 1),
      code: 'narrative_markup',
      expected: { en: 'prose, with figures only as whole <Value … /> tags from the list of figures', ka: 'მხოლოდ ტექსტი; რიცხვები — მხოლოდ მთლიანი <Value … /> კომპონენტებით, რიცხვების სიიდან' },
      found: left.slice(Math.max(0, found.index - 20), found.index + 20).trim(),
      hint: { en: 'remove the sign, or insert the figure again with the list of figures', ka: 'წაშალეთ ეს ნიშანი, ან ჩასვით რიცხვი ხელახლა რიცხვების სიიდან' },
    });
  });
  return out;
}

const EMPTY_SUMMARY: Bilingual = { en: 'a one-sentence summary of the year', ka: 'წლის მოკლე შეჯამება ერთი წინადადებით' };

/**
 * Every problem with the two narratives the form would write, as `npm run check` reports them
 * (same rules, same codes, lines of the file), with the `<Value>` of the cell that holds a typed
 * figure suggested, as the check suggests it.
 */
export function narrativeFormIssues(form: NarrativeForm, tables: Tables): DataIssue[] {
  const issues: DataIssue[] = [];
  const entries: NarrativeEntry[] = [];
  for (const lang of locales) {
    const file = narrativePath(form.year, lang);
    const empty = !oneLine(form.text[lang].summary);
    if (empty) issues.push({ severity: 'error', file, column: 'summary', code: 'front_matter', expected: EMPTY_SUMMARY, found: '' });
    // A summary still to write is reported above; the text is checked all the same (with a stand-in summary).
    const entry = narrativeEntry(empty ? { ...form, text: { ...form.text, [lang]: { ...form.text[lang], summary: '…' } } } : form, lang);
    if (entry) entries.push(entry);
  }
  const years = tables.programs.map((p) => p.year);
  issues.push(...narrativeIssues(entries, years, (n) => cellsHolding(tables, n)), ...valueIssues(entries, tables), ...entries.flatMap(markupIssues));
  return issues;
}

/** One figure the picker offers: the tag it inserts and what the officer reads. */
export interface FigureChoice {
  slug: Slug;
  tag: string;
  /** `Program years · 2019 · Budget: more than GEL 500,000` in the page's language. */
  text: string;
}

type AnyRow = Record<string, unknown>;
const columnsOf = (slug: Slug) => datasets[slug].columns as Record<string, { meta: ColumnMeta }>;

/** The year a row belongs to: its year, its program year, or the year of its first date. */
export function rowYear(slug: Slug, row: AnyRow): number | null {
  for (const name of ['year', 'program_year']) if (typeof row[name] === 'number') return row[name] as number;
  const columns = columnsOf(slug);
  const date = Object.keys(columns).find((c) => columns[c]!.meta.type === 'date' && row[c]);
  const m = date ? /^(\d{4})/.exec(String(row[date])) : null;
  return m ? Number(m[1]) : null;
}

const NAMES = ['name', 'title', 'what', 'city'];

/** The row in words: its own name or title, else its key's parts (a coded value's label, a linked row's name), the year left out. */
export function rowLabel(slug: Slug, row: AnyRow, tables: Tables, lang: Locale): string {
  const own = NAMES.map((n) => row[`${n}_${lang}`]).find((v) => typeof v === 'string' && v);
  if (own) return own as string;
  const columns = columnsOf(slug);
  const parts = datasets[slug].primaryKey
    .filter((k) => k !== 'year')
    .map((k) => {
      const value = String(row[k]);
      const meta = columns[k]!.meta;
      if (meta.options) return optionLabel({ meta }, value)[lang];
      const link = (datasets[slug] as { foreignKeys?: readonly { field: string; resource: string; resourceField: string }[] }).foreignKeys?.find((f) => f.field === k);
      const linked = link ? (tables[link.resource as Slug] as unknown as AnyRow[]).find((r) => String(r[link.resourceField]) === value) : undefined;
      return (linked && NAMES.map((n) => linked[`${n}_${lang}`]).find((v) => typeof v === 'string' && v)) || value;
    });
  return parts.join(', ');
}

/**
 * The figures of the checked data the picker lists: every filled whole-number cell of the rows
 * of `year` (every year when null), each with its dataset, row, year, column and value formatted
 * with its qualifier ("more than …") in the page's language, as the narrative will show it.
 */
export function figureChoices(tables: Tables, year: number | null, lang: Locale): FigureChoice[] {
  const out: FigureChoice[] = [];
  for (const slug of slugs) {
    const columns = columnsOf(slug);
    const figures = Object.keys(columns).filter((c) => columns[c]!.meta.type === 'integer');
    if (!figures.length) continue;
    for (const row of tables[slug] as unknown as AnyRow[]) {
      const y = rowYear(slug, row);
      if (year !== null && y !== year) continue;
      const label = rowLabel(slug, row, tables, lang);
      for (const column of figures) {
        if (row[column] === null || row[column] === undefined) continue;
        const ref = { dataset: slug, row: rowKey(slug, row), column };
        const value = resolveValue(tables, ref, lang).text;
        const where = [datasets[slug].title[lang], label, y === null ? '' : String(y)].filter((p, i, all) => p && all.indexOf(p) === i);
        out.push({ slug, tag: `<Value dataset="${ref.dataset}" row="${ref.row}" column="${column}" />`, text: `${where.join(' · ')} · ${columns[column]!.meta.label[lang]}: ${value}` });
      }
    }
  }
  return out;
}

/** A paragraph of the preview: prose, and figures formatted as the page formats them. */
export type PreviewPart = { text: string; figure?: boolean; missing?: boolean };

/**
 * The text as the year page will read: paragraphs (blank lines apart), each `<Value>` replaced
 * by its formatted figure (a tag that names no cell is shown as written, marked missing).
 */
export function previewParagraphs(body: string, tables: Tables, lang: Locale): PreviewPart[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => {
      const parts: PreviewPart[] = [];
      let at = 0;
      for (const { tag, ref } of valueTags(p)) {
        const start = p.indexOf(tag, at);
        if (start > at) parts.push({ text: p.slice(at, start) });
        try {
          const v = resolveValue(tables, ref, lang);
          parts.push({ text: v.text, figure: true, missing: v.missing });
        } catch {
          parts.push({ text: tag, figure: true, missing: true });
        }
        at = start + tag.length;
      }
      if (at < p.length) parts.push({ text: p.slice(at) });
      return parts;
    });
}
