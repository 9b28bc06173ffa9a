/**
 * One cell of the data, looked up and formatted for a sentence: the logic behind the MDX
 * component `<Value dataset="programs" row="2017" column="budget_gel" />`.
 *
 * - `dataset` is a dataset slug (data/<slug>.csv);
 * - `row` is the row's primary key; a key of several columns is joined with `/`
 *   (beneficiaries: `2017/income_projects`);
 * - `column` is a column name; for a pair `<name>_ka` / `<name>_en` the bare `<name>` picks
 *   the page's language.
 * An unknown dataset, row or column throws (the build stops and names it). An empty cell
 * reads "not reported", never 0.
 */
import type { Tables } from '../validation/load.ts';
import { datasets, slugs, type Slug } from '../../schemas/index.ts';
import type { ColumnMeta } from '../../schemas/columns.ts';
import { notReported, type KaCase } from '../i18n/format.ts';
import { isKaCase } from '../i18n/date-ka.ts';
import { formatQualified } from '../i18n/qualified.ts';
import { displayOf } from '../../schemas/display.ts';
import { optionLabel } from '../../schemas/options.ts';
import type { Locale } from '../i18n/locales.ts';

export interface ValueRef {
  dataset: string;
  row: string;
  column: string;
  /**
   * The Georgian case the sentence needs (src/lib/i18n/date-ka.ts): `nom`, `dat` ("on"),
   * `gen` ("of"), `abl` ("from"), `term` ("until"), `loc` ("in": a month with -ში). Dates
   * are declined ("2017 წლის 3 თებერვალს"); an amount in lari is written with the declined
   * word ("590 000 ლარი"). Other values and English ignore it.
   */
  case?: string;
}

export interface ResolvedValue {
  /** The text to print. */
  text: string;
  /** The cell is empty: `text` is the not-reported label. */
  missing: boolean;
  /** The raw value, as in the data. */
  raw: unknown;
  /** Where it comes from: the row's source, for a citation next to it. */
  sourceId: string | null;
  sourceRef: string | null;
}

type AnyRow = Record<string, unknown>;

function isSlug(s: string): s is Slug {
  return (slugs as readonly string[]).includes(s);
}

/** The primary key of a row as `<Value row>` writes it: values joined with `/`. */
export function rowKey(slug: Slug, row: AnyRow): string {
  return datasets[slug].primaryKey.map((k) => String(row[k])).join('/');
}

function format(meta: ColumnMeta, value: unknown, row: AnyRow, locale: Locale, c?: KaCase): string {
  const kind = displayOf(meta, row);
  // A coded value reads as its option's words.
  if (kind === 'code' && meta.options) return optionLabel({ meta }, String(value))[locale];
  // A figure with a comparison column reads with it: "more than GEL 500,000", never "GEL 500,000".
  const comparison = meta.qualifiers ? row[meta.qualifiers.comparison] : null;
  return formatQualified(value, kind, comparison, locale, c).text;
}

/** Looks the cell up and formats it in `locale`; throws on an unknown dataset, row or column. */
export function resolveValue(tables: Tables, ref: ValueRef, locale: Locale): ResolvedValue {
  const where = `<Value dataset="${ref.dataset}" row="${ref.row}" column="${ref.column}" />`;
  if (ref.case !== undefined && !isKaCase(ref.case)) {
    throw new Error(`${where}: unknown case "${ref.case}"; use one of nom, dat, gen, abl, term, loc`);
  }
  if (!isSlug(ref.dataset)) throw new Error(`${where}: unknown dataset "${ref.dataset}"; use one of ${slugs.join(', ')}`);
  const d = datasets[ref.dataset];
  const rows = tables[ref.dataset] as unknown as AnyRow[];
  const row = rows.find((r) => rowKey(ref.dataset as Slug, r) === ref.row);
  if (!row) {
    const keys = rows.map((r) => rowKey(ref.dataset as Slug, r));
    throw new Error(`${where}: no row "${ref.row}" in data/${d.file} (primary key ${d.primaryKey.join('/')}; rows: ${keys.join(', ')})`);
  }
  const columns = d.columns as Record<string, { meta: ColumnMeta }>;
  const name = ref.column in columns ? ref.column : `${ref.column}_${locale}` in columns ? `${ref.column}_${locale}` : null;
  if (name === null) {
    throw new Error(`${where}: no column "${ref.column}" in data/${d.file} (columns: ${Object.keys(columns).join(', ')})`);
  }
  const meta = columns[name]!.meta;
  const value = row[name];
  const source = {
    sourceId: typeof row.source_id === 'string' ? row.source_id : null,
    sourceRef: typeof row.source_ref === 'string' ? row.source_ref : null,
  };
  const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return { text: notReported(locale), missing: true, raw: null, ...source };
  const c = isKaCase(ref.case) ? ref.case : undefined;
  return { text: format(meta, value, row, locale, c), missing: false, raw: value, ...source };
}

/**
 * The `<Value>` tags of the numeric cells that hold `figure` (at most `limit`), for the check to
 * suggest in place of a figure typed into a narrative.
 */
export function cellsHolding(tables: Tables, figure: number, limit = 3): string[] {
  if (!Number.isFinite(figure)) return [];
  const out: string[] = [];
  for (const slug of slugs) {
    const columns = datasets[slug].columns as Record<string, { meta: ColumnMeta }>;
    const numeric = Object.keys(columns).filter((c) => ['integer', 'number'].includes(columns[c]!.meta.type));
    for (const row of tables[slug] as unknown as AnyRow[]) {
      for (const c of numeric) {
        if (row[c] === figure && out.length < limit) out.push(`<Value dataset="${slug}" row="${rowKey(slug, row)}" column="${c}" />`);
      }
    }
  }
  return out;
}
