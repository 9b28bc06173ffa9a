/**
 * Column builders: each dataset column is declared once, here-shaped, and that one declaration
 * gives (1) the zod schema that turns a CSV cell into a typed value, (2) the zod schema of the
 * typed value (used by Astro's content layer and for `z.infer` row types), and (3) the column's
 * documentation in both languages, its unit and constraints (used by the data pages, the
 * downloads' column sheets and datapackage.json).
 *
 * Cells arrive as strings from papaparse. An empty cell means "not reported" and becomes `null`
 * in optional columns; it is never turned into 0.
 */
import { z } from 'zod';
import { datePrecisionOf, type DatePrecision } from './partial-date.ts';
import type { DisplayKind } from './display.ts';
import { textDamage } from '../lib/text/damage.ts';

export type Bilingual = { ka: string; en: string };

/** Columns of the same row that qualify a figure: its comparison (exact, at least …) and its stage. */
export interface Qualifiers {
  comparison: string;
  stage?: string;
}

/** Frictionless Table Schema field types that these columns map onto. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'year' | 'boolean' | 'list';

export interface EnumOption {
  value: string;
  label: Bilingual;
}

export interface ColumnMeta {
  type: FieldType;
  /** How its values are shown to a reader (src/schemas/display.ts). */
  display: DisplayKind;
  /** For a figure whose unit varies by row: the column naming the unit (`gel` makes it money). */
  unitColumn?: string;
  /** For a figure: the columns saying how sure it is (src/schemas/certainty.ts), read with it everywhere. */
  qualifiers?: Qualifiers;
  label: Bilingual;
  description: Bilingual;
  required: boolean;
  unit?: Bilingual;
  /** Allowed values with their labels, for enum columns. */
  options?: readonly EnumOption[];
  minimum?: number;
  maximum?: number;
  /** For `list` columns: the separator inside the cell. */
  delimiter?: string;
  /** For partial-date columns: which precisions are accepted. */
  precisions?: readonly DatePrecision[];
  /** A regular expression the value must match (Table Schema `pattern`). */
  pattern?: string;
  /** Example of a valid cell, shown in error hints and documentation. */
  example: string;
  /** For the two text columns of a `bilingual` pair: the language the text is in. */
  lang?: 'ka' | 'en';
}

/** Why a cell was rejected, in words a person can act on. */
export interface CellProblem {
  code: CellProblemCode;
  expected: Bilingual;
  hint?: Bilingual;
  /** What to show as found, when not the whole cell (a short excerpt around the damage). */
  found?: string;
}

export type CellProblemCode =
  | 'required'
  | 'not_integer'
  | 'not_number'
  | 'below_minimum'
  | 'above_maximum'
  | 'not_date'
  | 'not_year'
  | 'not_boolean'
  | 'not_in_list'
  | 'bad_pattern'
  | 'formula'
  // Text damaged by a wrong encoding or a conversion (src/lib/text/damage.ts).
  | 'mojibake'
  | 'replacement_character'
  | 'question_marks'
  | 'control_character';

export interface Column<T> {
  meta: ColumnMeta;
  /** CSV cell (string) → typed value; issues carry a `CellProblem` in `params`. */
  cell: z.ZodType<T, string>;
  /** The typed value itself, as stored and as published in JSON. */
  value: z.ZodType<T>;
}

export type { DatePrecision };
export { datePrecisionOf };

type Base = {
  label: Bilingual;
  description: Bilingual;
  example?: string;
  /** How values are shown, where the builder's default does not fit (an integer amount of money). */
  display?: DisplayKind;
  /** A figure whose unit is given per row by this column. */
  unitColumn?: string;
  /** A figure qualified by a comparison (and stage) column of the same row. */
  qualifiers?: Qualifiers;
};

/** The meta fields every builder fills the same way; `display` falls back to the builder's kind. */
function baseMeta(o: Base & Opt, type: FieldType, display: DisplayKind, example: string): ColumnMeta {
  return {
    display: o.display ?? display,
    ...(o.unitColumn ? { unitColumn: o.unitColumn } : {}),
    ...(o.qualifiers ? { qualifiers: o.qualifiers } : {}),
    type,
    label: o.label,
    description: o.description,
    required: !o.optional,
    example: o.example ?? example,
  };
}

/** "for example: …" with the column's example, as a hint. */
function exampleHint(meta: ColumnMeta): Bilingual {
  return { en: `for example: ${meta.example}`, ka: `მაგალითად: ${meta.example}` };
}

/** A number column's unit and bounds, where declared. */
function numberMeta(o: { unit?: Bilingual; minimum?: number; maximum?: number }): Partial<ColumnMeta> {
  return {
    ...(o.unit ? { unit: o.unit } : {}),
    ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
    ...(o.maximum !== undefined ? { maximum: o.maximum } : {}),
  };
}

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function problem(ctx: z.RefinementCtx<string>, found: string, p: CellProblem): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: p.expected.en, input: found, params: p });
  return z.NEVER;
}

const isEmpty = (s: string) => s.trim() === '';

/**
 * Wrap a parser so that empty cells are `null` in optional columns and an error in required
 * ones. The returned zod schemas keep the exact TypeScript type of the value.
 */
function column<T>(
  meta: ColumnMeta,
  parse: (raw: string, ctx: z.RefinementCtx<string>) => T,
  value: z.ZodType<T>,
): Column<T> {
  const cell = z.string().transform((raw, ctx) => {
    if (isEmpty(raw)) {
      if (meta.required) {
        return problem(ctx, raw, {
          code: 'required',
          expected: { en: 'a value (this column may not be empty)', ka: 'მნიშვნელობა (ეს სვეტი ცარიელი არ უნდა იყოს)' },
          hint: exampleHint(meta),
        });
      }
      return null as T;
    }
    return parse(raw.trim(), ctx);
  }) as unknown as z.ZodType<T, string>;
  return { meta, cell, value };
}

// ---------------------------------------------------------------------------------------------
// Builders. Each comes in a required form and an `optional: true` form whose value may be null.
// ---------------------------------------------------------------------------------------------

type Opt = { optional?: boolean };

type TextOptions = Base & { pattern?: RegExp; patternHint?: Bilingual; lang?: 'ka' | 'en' };
export function text(o: TextOptions & { optional: true }): Column<string | null>;
export function text(o: TextOptions & { optional?: false }): Column<string>;
export function text(o: TextOptions & Opt) {
  const meta: ColumnMeta = {
    ...baseMeta(o, 'string', 'text', 'text'),
    ...(o.pattern ? { pattern: o.pattern.source } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
  };
  return column<string | null>(
    meta,
    (raw, ctx) => {
      // Georgian text lost to a wrong encoding or a plain-CSV save: every text column is
      // checked for mojibake, `�` and control characters, Georgian ones also for `?`.
      const damage = textDamage(raw, o.lang === 'ka');
      if (damage) return problem(ctx, raw, { code: damage.code, expected: damage.expected, hint: damage.hint, found: damage.found });
      if (FORMULA_START.test(raw)) {
        return problem(ctx, raw, {
          code: 'formula',
          expected: {
            en: 'text that does not begin with =, +, - or @',
            ka: 'ტექსტი, რომელიც არ იწყება =, +, - ან @ სიმბოლოთი',
          },
          hint: {
            en: 'spreadsheets run such a cell as a formula; reword it so it starts with a letter or digit',
            ka: 'ცხრილის პროგრამა ასეთ უჯრას ფორმულად აღიქვამს; გადააწყვეთ ისე, რომ ასოთი ან ციფრით დაიწყოს',
          },
        });
      }
      if (o.pattern && !o.pattern.test(raw)) {
        return problem(ctx, raw, {
          code: 'bad_pattern',
          expected: o.patternHint ?? { en: `text matching ${o.pattern.source}`, ka: `ტექსტი ფორმით ${o.pattern.source}` },
          hint: exampleHint(meta),
        });
      }
      return raw;
    },
    o.optional ? z.string().nullable() : z.string(),
  );
}

/** An identifier: lower-case letters, digits, `-` and `_`, starting with a letter. */
export function id(o: Base & { optional: true }): Column<string | null>;
export function id(o: Base & { optional?: false }): Column<string>;
export function id(o: Base & Opt) {
  return text({
    ...o,
    display: o.display ?? 'code',
    optional: o.optional as true,
    pattern: /^[a-z][a-z0-9_-]*$/,
    patternHint: {
      en: 'an identifier of lower-case Latin letters, digits, - or _, starting with a letter',
      ka: 'იდენტიფიკატორი: ლათინური პატარა ასოები, ციფრები, - ან _, იწყება ასოთი',
    },
  });
}

export function integer(o: Base & { optional: true; minimum?: number; maximum?: number; unit?: Bilingual }): Column<number | null>;
export function integer(o: Base & { optional?: false; minimum?: number; maximum?: number; unit?: Bilingual }): Column<number>;
export function integer(o: Base & Opt & { minimum?: number; maximum?: number; unit?: Bilingual }) {
  const meta: ColumnMeta = {
    ...baseMeta(o, 'integer', 'count', '590000'),
    ...numberMeta(o),
  };
  return column<number | null>(
    meta,
    (raw, ctx) => {
      if (!/^-?\d+$/.test(raw)) {
        const separators = /^\d{1,3}([ ,.\u00a0\u202f']\d{3})+$/.test(raw);
        const fraction = /^-?\d+[.,]\d+$/.test(raw);
        return problem(ctx, raw, {
          code: 'not_integer',
          expected: { en: 'a whole number', ka: 'მთელი რიცხვი' },
          hint: separators
            ? {
                en: `write ${raw.replace(/\D/g, '')}, without a thousands separator`,
                ka: `ჩაწერეთ ${raw.replace(/\D/g, '')}, ათასეულების გამყოფის გარეშე`,
              }
            : fraction
              ? { en: 'counts and amounts are whole numbers here', ka: 'რაოდენობა და თანხა აქ მთელი რიცხვია' }
              : exampleHint(meta),
        });
      }
      const n = Number(raw);
      if (o.minimum !== undefined && n < o.minimum) {
        return problem(ctx, raw, {
          code: 'below_minimum',
          expected: { en: `a whole number of at least ${o.minimum}`, ka: `მთელი რიცხვი, არანაკლებ ${o.minimum}` },
        });
      }
      if (o.maximum !== undefined && n > o.maximum) {
        return problem(ctx, raw, {
          code: 'above_maximum',
          expected: { en: `a whole number of at most ${o.maximum}`, ka: `მთელი რიცხვი, არაუმეტეს ${o.maximum}` },
        });
      }
      return n;
    },
    o.optional ? z.number().int().nullable() : z.number().int(),
  );
}

export function decimal(o: Base & { optional?: boolean; minimum?: number; maximum?: number; unit?: Bilingual }): Column<number | null> {
  const meta: ColumnMeta = {
    ...baseMeta(o, 'number', 'number', '41.6941'),
    ...numberMeta(o),
  };
  return column<number | null>(
    meta,
    (raw, ctx) => {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) {
        const comma = /^-?\d+,\d+$/.test(raw);
        return problem(ctx, raw, {
          code: 'not_number',
          expected: { en: 'a number with a point as decimal mark', ka: 'რიცხვი, ათწილადი წერტილით' },
          hint: comma
            ? { en: `write ${raw.replace(',', '.')}`, ka: `ჩაწერეთ ${raw.replace(',', '.')}` }
            : exampleHint(meta),
        });
      }
      const n = Number(raw);
      if ((o.minimum !== undefined && n < o.minimum) || (o.maximum !== undefined && n > o.maximum)) {
        return problem(ctx, raw, {
          code: o.minimum !== undefined && n < o.minimum ? 'below_minimum' : 'above_maximum',
          expected: {
            en: `a number between ${o.minimum} and ${o.maximum}`,
            ka: `რიცხვი ${o.minimum}-დან ${o.maximum}-მდე`,
          },
        });
      }
      return n;
    },
    o.optional ? z.number().nullable() : z.number(),
  );
}

/** A calendar year such as 2017. */
export function year(o: Base & { optional: true }): Column<number | null>;
export function year(o: Base & { optional?: false }): Column<number>;
export function year(o: Base & Opt) {
  const meta: ColumnMeta = {
    ...baseMeta(o, 'year', 'year', '2017'),
    minimum: 1991,
    maximum: 9999,
  };
  return column<number | null>(
    meta,
    (raw, ctx) => {
      const n = Number(raw);
      if (!/^\d{4}$/.test(raw) || n < 1991) {
        return problem(ctx, raw, {
          code: 'not_year',
          expected: { en: 'a year written with four digits, 1991 or later', ka: 'წელი ოთხი ციფრით, 1991 ან შემდგომი' },
          hint: { en: 'for example: 2017', ka: 'მაგალითად: 2017' },
        });
      }
      return n;
    },
    o.optional ? z.number().int().nullable() : z.number().int(),
  );
}

/**
 * A date written as ISO `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the row's precision column
 * allows it (checked by the row rules, which see both cells). Kept as a string: a partial date
 * has no honest `Date` value.
 */
export function date(o: Base & { optional: true; precisions?: readonly DatePrecision[] }): Column<string | null>;
export function date(o: Base & { optional?: false; precisions?: readonly DatePrecision[] }): Column<string>;
export function date(o: Base & Opt & { precisions?: readonly DatePrecision[] }) {
  const precisions = o.precisions ?? ['day'];
  const meta: ColumnMeta = {
    ...baseMeta(o, 'date', 'date', '2017-04-20'),
    precisions,
  };
  return column<string | null>(
    meta,
    (raw, ctx) => {
      const p = datePrecisionOf(raw);
      if (!p || !precisions.includes(p)) {
        const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(raw);
        const fix = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : '2017-04-20';
        return problem(ctx, raw, {
          code: 'not_date',
          expected: {
            en: `a real date written as ${precisions.map((x) => ({ day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' })[x]).join(' or ')}`,
            ka: `რეალური თარიღი ფორმით ${precisions.map((x) => ({ day: 'წწწწ-თთ-დდ', month: 'წწწწ-თთ', year: 'წწწწ' })[x]).join(' ან ')}`,
          },
          hint: { en: `write dates as ${fix}`, ka: `თარიღი ჩაწერეთ ასე: ${fix}` },
        });
      }
      return raw;
    },
    o.optional ? z.string().nullable() : z.string(),
  );
}

/** One value from a fixed list, each value with its label in both languages. */
export function oneOf<const V extends string>(
  o: Base & { optional: true; options: readonly { value: V; label: Bilingual }[] },
): Column<V | null>;
export function oneOf<const V extends string>(
  o: Base & { optional?: false; options: readonly { value: V; label: Bilingual }[] },
): Column<V>;
export function oneOf<const V extends string>(o: Base & Opt & { options: readonly { value: V; label: Bilingual }[] }) {
  const values = o.options.map((x) => x.value) as [V, ...V[]];
  const meta: ColumnMeta = {
    ...baseMeta(o, 'string', 'code', values[0]),
    options: o.options,
  };
  return column<V | null>(
    meta,
    (raw, ctx) => {
      if (!(values as string[]).includes(raw)) {
        return problem(ctx, raw, {
          code: 'not_in_list',
          expected: { en: `one of: ${values.join(', ')}`, ka: `ერთ-ერთი: ${values.join(', ')}` },
        });
      }
      return raw as V;
    },
    o.optional ? z.enum(values).nullable() : z.enum(values),
  );
}

/** Several identifiers in one cell, separated by `;` (e.g. further sources that agree). */
export function idList(o: Base): Column<string[]> {
  const meta: ColumnMeta = { ...baseMeta({ ...o, optional: true }, 'list', 'list', 'scmi-186;mra-10431'), delimiter: ';' };
  const cell = z.string().transform((raw, ctx) => {
    if (isEmpty(raw)) return [] as string[];
    const parts = raw.split(';').map((s) => s.trim());
    const bad = parts.find((s) => !/^[a-z][a-z0-9_-]*$/.test(s));
    if (bad !== undefined) {
      return problem(ctx, raw, {
        code: 'bad_pattern',
        expected: {
          en: 'identifiers separated by ; (semicolon), without spaces',
          ka: 'იდენტიფიკატორები, გამოყოფილი ; (წერტილმძიმით), ჰარების გარეშე',
        },
        hint: exampleHint(meta),
      });
    }
    return parts;
  }) as unknown as z.ZodType<string[], string>;
  return { meta, cell, value: z.array(z.string()) };
}

const LANGUAGE_NAME = { ka: { en: 'Georgian', ka: 'ქართულად' }, en: { en: 'English', ka: 'ინგლისურად' } } as const;

/**
 * A pair of text columns `<base>_ka` and `<base>_en` holding the same thing in both languages.
 * The loader checks that a row fills both or neither, and that the Georgian text is written in
 * Georgian letters (lang 'ka': no `?`, mojibake or `�` where letters were; see text()).
 */
export function bilingual<const B extends string>(
  base: B,
  o: Base & { optional: true },
): Record<`${B}_ka` | `${B}_en`, Column<string | null>>;
export function bilingual<const B extends string>(
  base: B,
  o: Base & { optional?: false },
): Record<`${B}_ka` | `${B}_en`, Column<string>>;
export function bilingual<const B extends string>(base: B, o: Base & Opt) {
  const one = (lang: 'ka' | 'en') =>
    text({
      optional: o.optional as true,
      lang,
      label: { en: `${o.label.en} (${LANGUAGE_NAME[lang].en})`, ka: `${o.label.ka} (${LANGUAGE_NAME[lang].ka})` },
      description: { en: `${o.description.en} In ${LANGUAGE_NAME[lang].en}.`, ka: `${o.description.ka.replace(/\.$/, '')} (${LANGUAGE_NAME[lang].ka}).` },
      ...(o.example ? { example: o.example } : {}),
    });
  return { [`${base}_ka`]: one('ka'), [`${base}_en`]: one('en') };
}
