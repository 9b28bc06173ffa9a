import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import { FORMULAS } from '../../domain/derive.ts';
import { formatGel } from '../../i18n/format.ts';
import { t } from '../../i18n/strings/index.ts';
import { budgetChangeChart, budgetChart } from './budget.ts';

const tables = fixtureTables();
const withoutBudget = (year: number) => ({ ...tables, programs: tables.programs.map((p) => (p.year === year ? { ...p, budget_gel: null } : p)) });

describe('budgetChart (fixture)', () => {
  it('budgetChart has a row per year with its budget and the sources of each', () => {
    const c = budgetChart(tables);
    expect([c.kind, c.id, c.page]).toEqual(['bars', 'budget-by-year', '/budget/']);
    const exact = { budget_comparison: 'exact', year_basis: 'stated', certainty_en: 'exact; allocated (money)', certainty_ka: 'ზუსტი; გამოყოფილი (თანხა)' };
    expect(c.slice.rows).toEqual([
      { year: 2015, budget_gel: 400000, ...exact },
      { year: 2016, budget_gel: 600000, ...exact },
      { year: 2017, budget_gel: 590000, ...exact },
      { year: 2018, budget_gel: 650000, ...exact },
    ]);
    expect(c.slice.sources).toEqual(expect.arrayContaining([{ sourceId: 'report-2018-06', ref: 'L3' }, { sourceId: 'mra-10431', ref: null }]));
  });

  it('budgetChart’s takeaway gives the first and last reported budgets', () => {
    expect(budgetChart(tables).takeaway('en')).toBe(`The budget was ${formatGel(400000, 'en')} in 2015 and ${formatGel(650000, 'en')} in 2018.`);
    expect(budgetChart(tables).takeaway('ka')).toContain(formatGel(650000, 'ka'));
    expect(budgetChart(withoutBudget(2018)).takeaway('en')).toBe(`The budget was ${formatGel(400000, 'en')} in 2015 and ${formatGel(590000, 'en')} in 2017.`);
  });

  it('budgetChart has the "not reported" key only when a budget is missing', () => {
    for (const locale of ['ka', 'en'] as const) {
      expect(budgetChart(tables).notes(locale)).toEqual([]);
      expect(budgetChart(withoutBudget(2016)).notes(locale)).toEqual([t(locale, 'figure.missingKey')]);
    }
  });
});

describe('budgetChangeChart (fixture)', () => {
  it('budgetChangeChart is a table of derived changes, with the derived key and the formula', () => {
    const c = budgetChangeChart(tables);
    expect([c.kind, c.id, c.page]).toEqual(['table', 'budget-change', '/budget/']);
    const y2018 = c.slice.rows.find((r) => r.year === 2018)!;
    expect(y2018.previous_year).toBe(2017);
    expect(y2018.change_gel).toBe(60000);
    expect(y2018.change_share).toBeCloseTo(0.102, 3);
    expect(c.slice.columns.filter((x) => x.derived).map((x) => x.key)).toEqual(['change_gel', 'change_share']);
    expect(c.notes('en')).toEqual([t('en', 'figure.derivedKey'), FORMULAS.change.en]);
    expect(c.slice.sources).toEqual(budgetChart(tables).slice.sources);
  });

  it('budgetChangeChart leaves a change next to a missing budget empty, never 0', () => {
    const rows = budgetChangeChart(withoutBudget(2017)).slice.rows;
    expect(rows.find((r) => r.year === 2017)!.change_gel).toBeNull();
    expect(rows.find((r) => r.year === 2018)!.change_share).toBeNull();
  });
});

describe('the chart download carries each value’s year and sources (fixture)', () => {
  it('budget-by-year CSV and JSON: every row ends with its year, its sources and the place cited', async () => {
    const { sliceToCsv, sliceToJson } = await import('../chart-slice.ts');
    const slice = budgetChart(tables).slice;
    const lines = sliceToCsv(slice).trimEnd().split('\n');
    expect(lines[0]).toMatch(/,value_year,source_ids,source_refs$/);
    expect(lines.find((l) => l.startsWith('2017,'))).toMatch(/,2017,report-2018-06;mra-10431,L3;$/);
    const json = JSON.parse(sliceToJson(slice)) as { rows: Record<string, unknown>[] };
    expect(json.rows.find((r) => r.year === 2015)).toMatchObject({ value_year: 2015, source_ids: 'scmi-181;scmi-186', source_refs: 'article 181;' });
  });
});
