/** Row-rule helpers shared by several datasets. */
import { datePrecisionOf, type DatePrecision } from './columns.ts';
import type { RowProblem } from './dataset.ts';

/** Partial ISO dates compare correctly as strings once cut to the shorter precision. */
export function dateOrder(start: string | null, end: string | null, endColumn: string): RowProblem[] {
  if (!start || !end) return [];
  const n = Math.min(start.length, end.length);
  if (end.slice(0, n) >= start.slice(0, n)) return [];
  return [
    {
      column: endColumn,
      code: 'date_order',
      expected: { en: `a date on or after the start (${start})`, ka: `თარიღი დაწყების (${start}) შემდეგ ან იმავე დღეს` },
      found: end,
      hint: { en: 'check that start and end are not swapped', ka: 'შეამოწმეთ, ხომ არ არის დაწყება და დასრულება ადგილებში გაცვლილი' },
    },
  ];
}

const PRECISION_LABEL: Record<DatePrecision, { en: string; ka: string; form: string }> = {
  day: { en: 'day', ka: 'დღე', form: 'YYYY-MM-DD' },
  month: { en: 'month', ka: 'თვე', form: 'YYYY-MM' },
  year: { en: 'year', ka: 'წელი', form: 'YYYY' },
};

/** A date cell must be written to exactly the precision the row declares. */
export function precisionMatches(value: string | null, precision: DatePrecision, column: string): RowProblem[] {
  if (!value || datePrecisionOf(value) === precision) return [];
  const p = PRECISION_LABEL[precision];
  return [
    {
      column,
      code: 'date_precision',
      expected: {
        en: `a date written as ${p.form}, because date_precision is "${precision}"`,
        ka: `თარიღი ფორმით ${p.form}, რადგან date_precision არის „${precision}“`,
      },
      found: value,
      hint: {
        en: 'either write the date to that precision or change date_precision',
        ka: 'ან ჩაწერეთ თარიღი ამ სიზუსტით, ან შეცვალეთ date_precision',
      },
    },
  ];
}

export function requiredWhen(value: unknown, column: string, because: { en: string; ka: string }): RowProblem[] {
  if (value !== null && value !== undefined && value !== '') return [];
  return [
    {
      column,
      code: 'required',
      expected: { en: `a value, because ${because.en}`, ka: `მნიშვნელობა, რადგან ${because.ka}` },
      found: '',
    },
  ];
}

export function emptyWhen(value: unknown, column: string, because: { en: string; ka: string }): RowProblem[] {
  if (value === null || value === undefined || value === '') return [];
  return [
    {
      column,
      code: 'must_be_empty',
      expected: { en: `an empty cell, because ${because.en}`, ka: `ცარიელი უჯრა, რადგან ${because.ka}` },
      found: String(value),
    },
  ];
}
