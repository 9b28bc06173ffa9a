import { describe, expect, it } from 'vitest';
import { columnNames } from '../../schemas/dataset.ts';
import { datasets } from '../../schemas/index.ts';
import { toJson } from './json.ts';
import { all, tables } from './test-support.ts';

describe('toJson', () => {
  it.each(all)('toJson($slug) parses back to exactly the validated rows, keys in schema order', ({ dataset, rows }) => {
    const text = toJson(dataset, rows);
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    expect(parsed).toEqual(rows);
    for (const record of parsed) expect(Object.keys(record)).toEqual(columnNames(dataset));
  });

  it('toJson writes numbers as numbers and unreported 2018 counts as null, not 0', () => {
    const parsed = JSON.parse(toJson(datasets.beneficiaries, tables.beneficiaries)) as { year: number; persons: number | null }[];
    expect(parsed.filter((r) => r.year === 2018).map((r) => r.persons)).toEqual([null, null, null, null]);
    expect(parsed.filter((r) => r.year === 2017).reduce((s, r) => s + (r.persons ?? 0), 0)).toBe(248);
    expect(typeof parsed[0]!.year).toBe('number');
  });

  it('toJson pretty-prints with two spaces and ends with a newline', () => {
    const text = toJson(datasets.programs, tables.programs);
    expect(text.startsWith('[\n  {\n    "year": 2015,')).toBe(true);
    expect(text.endsWith(']\n')).toBe(true);
  });

  it('toJson writes list columns as arrays and keeps partial dates as stored', () => {
    const programs = JSON.parse(toJson(datasets.programs, tables.programs)) as { other_source_ids: unknown }[];
    expect(programs.every((r) => Array.isArray(r.other_source_ids))).toBe(true);
    const projects = JSON.parse(toJson(datasets.iom_projects, tables.iom_projects)) as { period_start: string }[];
    expect(projects[0]!.period_start).toBe('2003-01');
  });
});
