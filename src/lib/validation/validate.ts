/**
 * Checks one dataset's table against its schema: the header, every cell, every row's own
 * rules, the ka/en pairs and the primary key. Returns typed rows and every issue at once.
 */
import type { CellProblem } from '../../schemas/columns.ts';
import { bilingualPairs, columnNames, type Columns, type Dataset, type RowOf } from '../../schemas/dataset.ts';
import { notGeorgian } from '../text/damage.ts';
import { summarizeFileDamage } from './file-damage.ts';
import type { DataIssue } from './issues.ts';
import type { RawTable } from './read-csv.ts';

export interface Located<T> {
  row: number;
  value: T;
}

export function checkHeader(d: { columns: Columns }, header: string[], file: string): DataIssue[] {
  const expectedNames = columnNames(d);
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    const col = `${String.fromCharCode(65 + (i % 26))}`;
    if (seen.has(name)) {
      issues.push({
        severity: 'error', file, row: 1, column: name, code: 'duplicate_column',
        expected: { en: 'each column name once', ka: 'თითოეული სვეტის სახელი ერთხელ' },
        found: `${name} again in column ${col}`,
        hint: { en: 'delete or rename the second column', ka: 'წაშალეთ ან გადაარქვით სახელი მეორე სვეტს' },
      });
    } else if (!expectedNames.includes(name)) {
      issues.push({
        severity: 'error', file, row: 1, column: name || `(${col})`, code: 'unknown_column',
        expected: { en: `one of the columns: ${expectedNames.join(', ')}`, ka: `ერთ-ერთი სვეტი: ${expectedNames.join(', ')}` },
        found: name,
        hint: { en: 'check the spelling of the header; column names are lower case with _', ka: 'შეამოწმეთ სათაურის მართლწერა; სვეტების სახელები პატარა ასოებითაა, _-ით' },
      });
    }
    seen.add(name);
  });
  for (const name of expectedNames) {
    if (!seen.has(name)) {
      issues.push({
        severity: 'error', file, row: 1, column: name, columnLabel: d.columns[name]!.meta.label, code: 'missing_column',
        expected: { en: `a column named ${name}`, ka: `სვეტი სახელით ${name}` },
        found: 'no such column',
        hint: { en: 'add the column to the header row (it may stay empty where the schema allows)', ka: 'დაამატეთ სვეტი სათაურების სტრიქონში (შეიძლება ცარიელი დარჩეს, სადაც სქემა უშვებს)' },
      });
    }
  }
  return issues;
}

export function validateTable<C extends Columns>(
  d: Dataset<C>,
  table: RawTable,
  file: string,
): { rows: Located<RowOf<C>>[]; issues: DataIssue[] } {
  const issues = checkHeader(d, table.header, file);
  if (issues.length) return { rows: [], issues };
  const label = (column: string) => d.columns[column]?.meta.label;
  const rows: Located<RowOf<C>>[] = [];
  const keys = new Map<string, number>();
  const pairs = bilingualPairs(d);
  const georgian = new Set(Object.keys(d.columns).filter((n) => d.columns[n]!.meta.lang === 'ka'));
  let georgianCells = 0;

  for (const { row, cells } of table.records) {
    const record: Record<string, string> = {};
    table.header.forEach((name, i) => (record[name] = cells[i] ?? ''));
    for (const name of georgian) if ((record[name] ?? '').trim() !== '') georgianCells++;
    const parsed = d.cellSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        const p = (issue as { params?: CellProblem }).params;
        issues.push({
          severity: 'error', file, row, column, columnLabel: label(column)!,
          code: p?.code ?? 'invalid',
          expected: p?.expected ?? { en: issue.message, ka: issue.message },
          found: p?.found ?? record[column] ?? '',
          ...(p?.hint ? { hint: p.hint } : {}),
        });
      }
      continue;
    }
    const value = parsed.data;
    for (const rp of d.rowRules?.(value) ?? []) {
      issues.push({ severity: 'error', file, row, column: rp.column, columnLabel: label(rp.column)!, code: rp.code, expected: rp.expected, found: rp.found, ...(rp.hint ? { hint: rp.hint } : {}) });
    }
    for (const [ka, en] of pairs) {
      const hasKa = (record[ka] ?? '').trim() !== '';
      const hasEn = (record[en] ?? '').trim() !== '';
      const latin = georgian.has(ka) && hasKa ? notGeorgian(record[ka]!, hasEn ? record[en]! : null, en) : null;
      if (latin) {
        issues.push({ severity: 'error', file, row, column: ka, columnLabel: label(ka)!, code: latin.code, expected: latin.expected, found: record[ka]!.trim(), hint: latin.hint });
      }
      if (hasKa !== hasEn) {
        const missing = hasKa ? en : ka;
        issues.push({
          severity: 'error', file, row, column: missing, columnLabel: label(missing)!, code: 'missing_translation',
          expected: {
            en: `the same text in ${hasKa ? 'English' : 'Georgian'}, because ${hasKa ? ka : en} is filled`,
            ka: `იგივე ტექსტი ${hasKa ? 'ინგლისურად' : 'ქართულად'}, რადგან ${hasKa ? ka : en} შევსებულია`,
          },
          found: '',
          hint: { en: 'every text is published in both languages', ka: 'ყველა ტექსტი ორივე ენაზე ქვეყნდება' },
        });
      }
    }
    const key = d.primaryKey.map((k) => String(value[k])).join(' / ');
    const first = keys.get(key);
    if (first !== undefined) {
      issues.push({
        severity: 'error', file, row, column: d.primaryKey.join(', '), code: 'duplicate_key',
        expected: { en: `a unique ${d.primaryKey.join(' + ')}`, ka: `უნიკალური ${d.primaryKey.join(' + ')}` },
        found: `${key}, already in row ${first}`,
        hint: { en: `merge the two rows or correct one of them`, ka: 'გააერთიანეთ ორი სტრიქონი ან შეასწორეთ ერთ-ერთი' },
      });
      continue;
    }
    keys.set(key, row);
    rows.push({ row, value });
  }
  // Most Georgian cells lost the same way: one message for the file, with its rows.
  const byRow = new Map(table.records.map((r) => [r.row, r.cells]));
  const cellOf = (row: number, column: string) => byRow.get(row)?.[table.header.indexOf(column)] ?? '';
  return { rows, issues: summarizeFileDamage(issues, file, georgian, georgianCells, cellOf) };
}
