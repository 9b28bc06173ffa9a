/**
 * Column metadata → a Frictionless Table Schema (v2) for one dataset.
 *
 * Decisions, checked against the official v2 profiles in /work/shared/standards/datapackage-2.0/:
 *
 * - **Dates.** A column that only holds full dates is `date`; only `YYYY-MM` is `yearmonth`;
 *   only `YYYY` is `year`. A column that mixes precisions (a milestone dated "2018-06" beside
 *   one dated "2016-03-07") fits no single v2 date type — `date` requires `YYYY-MM-DD`, and a
 *   `format` pattern is one pattern per column — so it is published as `string` with a
 *   `pattern` that accepts exactly the allowed forms; the description says so, and the row's
 *   `date_precision` column (where there is one) says which form each value has.
 * - **Lists.** v2 defines a `list` type (`delimiter`, `itemType`), but the published 2.0
 *   JSON Schema profile leaves it out (frictionlessdata/datapackage#1089, fixed for 2.1), so a
 *   `list` field makes the whole package invalid against 2.0 — and tools that predate it
 *   reject it too. List columns are therefore `string` with a pattern of delimiter-separated
 *   items, and carry `x-delimiter` for readers that want to split them. Switch to
 *   `type: 'list'` once the 2.1 profiles are out.
 * - **Foreign keys on lists.** A Table Schema foreign key compares the whole cell with the
 *   referenced key; nothing in v2 applies it per list item. A foreign key on a list column
 *   would make validators look up "scmi-186;mra-10431" as one source_id and fail, so it is
 *   left out of `foreignKeys` and recorded on the field as `x-item-reference` instead (the
 *   site's own cross-checks do check every item).
 * - **Patterns** are written for XML Schema regular expressions, as the spec asks: implicitly
 *   anchored (no `^…$`), plain groups, no `\/`.
 * - **Georgian** labels and descriptions sit beside the English `title`/`description` as
 *   `x-label-ka` and `x-description-ka`; units as `x-unit-en`/`x-unit-ka`. Custom properties
 *   are allowed by the spec and ignored by tools that do not know them.
 */
import type { ColumnMeta, DatePrecision } from '../../schemas/columns.ts';
import { columnNames } from '../../schemas/dataset.ts';
import type { DatasetInfo } from './types.ts';

export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

export interface FieldConstraints {
  required?: true;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  pattern?: string;
}

export interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'yearmonth' | 'year' | 'boolean';
  title: string;
  description: string;
  example: string;
  categories?: { value: string; label: string }[];
  constraints?: FieldConstraints;
  'x-label-ka': string;
  'x-description-ka': string;
  'x-unit-en'?: string;
  'x-unit-ka'?: string;
  'x-delimiter'?: string;
  'x-item-reference'?: { resource: string; fields: string[] };
  /** The fields of the same row that say how sure this figure is (src/schemas/certainty.ts). */
  'x-qualified-by'?: { comparison: string; stage?: string };
}

export interface ForeignKeyDescriptor {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: ForeignKeyDescriptor[];
}

const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';
const DATE_FORMS: Record<DatePrecision, { pattern: string; shown: string }> = {
  day: { pattern: `[0-9]{4}-${MONTH}-${DAY}`, shown: 'YYYY-MM-DD' },
  month: { pattern: `[0-9]{4}-${MONTH}`, shown: 'YYYY-MM' },
  year: { pattern: '[0-9]{4}', shown: 'YYYY' },
};

/** A JavaScript pattern from the column schemas → an XML Schema regular expression. */
export function xsdPattern(js: string): string {
  const bare = js.replace(/^\^/, '').replace(/\$$/, '').replace(/\\\//g, '/');
  if (/\(\?|\\[bBk]|\\u|[^\\]\$|^\^/.test(bare)) {
    throw new Error(`The pattern ${js} uses regular-expression syntax that Table Schema (XML Schema) patterns do not have`);
  }
  return bare;
}

function escapeForPattern(s: string): string {
  return s.replace(/[.\\?*+{}()[\]|^$-]/g, (c) => `\\${c}`);
}

/** Type, format-related constraints and a note for the description, by column kind. */
function typeOf(meta: ColumnMeta): { type: TableSchemaField['type']; pattern?: string; note?: string } {
  switch (meta.type) {
    case 'date': {
      const precisions = meta.precisions ?? ['day'];
      if (precisions.length === 1) {
        const only = precisions[0]!;
        return { type: only === 'day' ? 'date' : only === 'month' ? 'yearmonth' : 'year' };
      }
      const forms = precisions.map((p) => DATE_FORMS[p]);
      return {
        type: 'string',
        pattern: `(${forms.map((f) => f.pattern).join('|')})`,
        note: `A date written as ${forms.map((f) => f.shown).join(', ')} (the precision varies by row, so the column is typed as text).`,
      };
    }
    case 'list': {
      const d = escapeForPattern(meta.delimiter ?? ',');
      const item = meta.pattern ? xsdPattern(meta.pattern) : `[^${d}\\s]+`;
      return {
        type: 'string',
        pattern: `(${item})(${d}(${item}))*`,
        note: `A list: values separated by "${meta.delimiter ?? ','}".`,
      };
    }
    default:
      return { type: meta.type };
  }
}

function field(name: string, meta: ColumnMeta, itemReference?: { resource: string; fields: string[] }): TableSchemaField {
  const { type, pattern, note } = typeOf(meta);
  const constraints: FieldConstraints = {};
  if (meta.required) constraints.required = true;
  if (meta.minimum !== undefined) constraints.minimum = meta.minimum;
  if (meta.maximum !== undefined) constraints.maximum = meta.maximum;
  if (meta.options) constraints.enum = meta.options.map((o) => o.value);
  const p = pattern ?? (meta.pattern ? xsdPattern(meta.pattern) : undefined);
  if (p !== undefined) constraints.pattern = p;
  return {
    name,
    type,
    title: meta.label.en,
    description: note ? `${meta.description.en} ${note}` : meta.description.en,
    example: meta.example,
    ...(meta.options ? { categories: meta.options.map((o) => ({ value: o.value, label: o.label.en })) } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
    'x-label-ka': meta.label.ka,
    'x-description-ka': meta.description.ka,
    ...(meta.unit ? { 'x-unit-en': meta.unit.en, 'x-unit-ka': meta.unit.ka } : {}),
    ...(meta.type === 'list' ? { 'x-delimiter': meta.delimiter ?? ',' } : {}),
    ...(itemReference ? { 'x-item-reference': itemReference } : {}),
    ...(meta.qualifiers ? { 'x-qualified-by': meta.qualifiers } : {}),
  };
}

/** The Table Schema of one dataset, generated from its column declarations. */
export function tableSchema(dataset: DatasetInfo): TableSchema {
  const isList = (name: string) => dataset.columns[name]?.meta.type === 'list';
  const fks = dataset.foreignKeys ?? [];
  const fields = columnNames(dataset).map((name) => {
    const fk = isList(name) ? fks.find((k) => k.field === name) : undefined;
    return field(name, dataset.columns[name]!.meta, fk ? { resource: fk.resource, fields: [fk.resourceField] } : undefined);
  });
  const foreignKeys = fks
    .filter((k) => !isList(k.field))
    .map((k) => ({ fields: [k.field], reference: { resource: k.resource, fields: [k.resourceField] } }));
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields,
    missingValues: [''],
    primaryKey: [...dataset.primaryKey],
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}
