import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureTables, liveTables } from '../../../tests/support/fixture-data.ts';
import { resolveValue, rowKey } from './value.ts';

const tables = fixtureTables();
const NBSP = '\u00a0';

describe('resolveValue', () => {
  it('resolveValue formats a lari amount in each language', () => {
    const ref = { dataset: 'programs', row: '2017', column: 'budget_gel' };
    expect(resolveValue(tables, ref, 'ka')).toMatchObject({ text: `590${NBSP}000${NBSP}₾`, missing: false, raw: 590000, sourceId: 'report-2018-06', sourceRef: 'L3' });
    expect(resolveValue(tables, ref, 'en').text).toBe(`GEL${NBSP}590,000`);
  });
  it('resolveValue formats counts and dates', () => {
    expect(resolveValue(tables, { dataset: 'programs', row: '2017', column: 'persons_served' }, 'en').text).toBe('248');
    expect(resolveValue(tables, { dataset: 'programs', row: '2017', column: 'period_start' }, 'en').text).toBe('20 April 2017');
    expect(resolveValue(tables, { dataset: 'programs', row: '2017', column: 'period_start' }, 'ka').text).toBe('2017 წლის 20 აპრილი');
    expect(resolveValue(tables, { dataset: 'milestones', row: 'transfer-ministry', column: 'date' }, 'en').text).toBe('September 2018');
  });
  it('resolveValue declines a Georgian date or lari amount by case, and English ignores it', () => {
    const date = { dataset: 'milestones', row: 'transfer-ministry', column: 'date' };
    expect(resolveValue(tables, { ...date, case: 'loc' }, 'ka').text).toBe('2018 წლის სექტემბერში');
    expect(resolveValue(tables, { ...date, case: 'loc' }, 'en').text).toBe('September 2018');
    expect(resolveValue(tables, { dataset: 'programs', row: '2017', column: 'period_end', case: 'term' }, 'ka').text).toBe('2018 წლის 20 თებერვლამდე');
    expect(resolveValue(tables, { dataset: 'programs', row: '2017', column: 'budget_gel', case: 'nom' }, 'ka').text).toBe(`590${NBSP}000 ლარი`);
    expect(() => resolveValue(tables, { ...date, case: 'instr' }, 'ka')).toThrow(/unknown case "instr"/);
  });
  it('resolveValue shows "not reported" for an empty cell, never 0', () => {
    const v = resolveValue(tables, { dataset: 'programs', row: '2018', column: 'persons_served' }, 'en');
    expect(v).toMatchObject({ text: 'not reported', missing: true, raw: null });
    expect(resolveValue(tables, { dataset: 'programs', row: '2018', column: 'persons_served' }, 'ka').text).toBe('მონაცემი არ არის');
  });
  it('resolveValue reads a key of several columns joined with /', () => {
    expect(resolveValue(tables, { dataset: 'beneficiaries', row: '2017/income_projects', column: 'persons' }, 'en').text).toBe('147');
    expect(rowKey('beneficiaries', tables.beneficiaries[5]!)).toBe('2017/income_projects');
  });
  it('resolveValue takes the unit of a milestone figure from its row', () => {
    expect(resolveValue(tables, { dataset: 'milestones', row: 'grants-2021-ceiling', column: 'figure' }, 'en').text).toBe(`GEL${NBSP}4,000`);
    expect(resolveValue(tables, { dataset: 'milestones', row: 'grants-2021-selected', column: 'figure' }, 'en').text).toBe('185');
  });
  it('resolveValue picks the page language for a bilingual column and labels an option', () => {
    expect(resolveValue(tables, { dataset: 'mobility_centres', row: 'kutaisi', column: 'city' }, 'ka').text).toBe('ქუთაისი');
    expect(resolveValue(tables, { dataset: 'mobility_centres', row: 'kutaisi', column: 'city' }, 'en').text).toBe('Kutaisi');
    expect(resolveValue(tables, { dataset: 'programs', row: '2017', column: 'breakdown' }, 'en').text).toBe('adds up exactly');
  });
  it('resolveValue throws on an unknown dataset, row or column, naming it', () => {
    expect(() => resolveValue(tables, { dataset: 'budgets', row: '2017', column: 'x' }, 'en')).toThrow(/unknown dataset "budgets"/);
    expect(() => resolveValue(tables, { dataset: 'programs', row: '2031', column: 'budget_gel' }, 'en')).toThrow(/no row "2031" in data\/programs.csv/);
    expect(() => resolveValue(tables, { dataset: 'programs', row: '2017', column: 'budget' }, 'en')).toThrow(/no column "budget" in data\/programs.csv/);
  });
});

describe('every <Value> in content/years (live data)', () => {
  const dir = resolve('content/years');
  const live = liveTables();
  const tags = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) =>
      [...readFileSync(resolve(dir, f), 'utf8').matchAll(/<Value\s+dataset="([^"]+)"\s+row="([^"]+)"\s+column="([^"]+)"\s*\/>/g)].map((m) => ({
        file: f,
        ref: { dataset: m[1]!, row: m[2]!, column: m[3]! },
      })),
    );
  it('the narratives insert figures through <Value>', () => {
    expect(tags.length).toBeGreaterThan(10);
  });
  it('every <Value> in the narratives resolves in both languages', () => {
    for (const { file, ref } of tags) {
      for (const locale of ['ka', 'en'] as const) expect(() => resolveValue(live, ref, locale), `${file} ${JSON.stringify(ref)}`).not.toThrow();
    }
  });
});
