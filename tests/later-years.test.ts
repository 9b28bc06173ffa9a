/**
 * The later years (2019–2025) and how sure each figure is. Values are asserted on the frozen
 * December 2026 release (tests/fixtures/data-2026-12), rules on the live data/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsOf } from '../src/lib/validation/issues.ts';
import { loadData, type Tables } from '../src/lib/validation/load.ts';
import { resolveValue } from '../src/lib/content/value.ts';
import { comparisonOf, formatQualified, qualify } from '../src/lib/i18n/qualified.ts';
import { formatDisplay } from '../src/lib/i18n/format.ts';
import { chartById, chartRegistry } from '../src/lib/charts/registry.ts';
import { barsFromSlice } from '../src/lib/charts/bars/from-slice.ts';
import { sliceToCsv } from '../src/lib/charts/chart-slice.ts';
import { formatCell } from '../src/lib/charts/format-cell.ts';
import { budgetChanges, budgetPerPerson, budgetSeries } from '../src/lib/domain/budget.ts';
import { reachByYear } from '../src/lib/domain/later-years.ts';
import { homeHeadline } from '../src/lib/routes/home-headline.ts';
import { helpModel } from '../src/lib/routes/help.ts';
import { barMarksSvg } from '../src/lib/images/bar-svg.ts';
import type { BarEntry } from '../src/lib/charts/entry.ts';
import { LIVE_DATA, ROOT } from './support/fixture-data.ts';

function tablesOf(dir: string): Tables {
  const { tables, issues } = loadData(dir, 'data');
  expect(errorsOf(issues)).toEqual([]);
  return tables;
}
const december = tablesOf(join(ROOT, 'tests/fixtures/data-2026-12/data'));
const NBSP = '\u00a0';

describe('qualified values (src/lib/i18n/qualified.ts)', () => {
  it('formatQualified writes Georgian bounds the official way', () => {
    expect(formatQualified(500000, 'money', 'at_least', 'ka').text).toBe(`500${NBSP}000${NBSP}₾-ზე მეტი`);
    expect(formatQualified(100, 'count', 'at_most', 'ka').text).toBe('100-მდე');
    expect(formatQualified(80, 'count', 'approximately', 'ka').text).toBe('დაახლოებით 80');
  });
  it('formatQualified writes English bounds', () => {
    expect(formatQualified(500000, 'money', 'at_least', 'en').text).toBe(`more than GEL${NBSP}500,000`);
    expect(formatQualified(200, 'count', 'at_most', 'en').text).toBe('up to 200');
    expect(formatQualified(80, 'count', 'approximately', 'en').text).toBe('about 80');
    expect(formatQualified(248, 'count', 'exact', 'en').text).toBe('248');
  });
  it('formatQualified keeps an empty value "not reported", whatever its qualifier', () => {
    expect(formatQualified(null, 'money', 'at_least', 'en')).toEqual(formatDisplay(null, 'money', 'en'));
  });
  it('qualify reads milestones’ older codes (up_to, about) as the new ones', () => {
    expect(qualify('4000', comparisonOf('up_to'), 'ka')).toBe('4000-მდე');
    expect(qualify('100', comparisonOf('about'), 'en')).toBe('about 100');
  });
});

describe('the December 2026 release', () => {
  it('has a program row for every year 2015–2025', () => {
    expect(december.programs.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('<Value> of the 2020 budget says "more than" in both languages', () => {
    const ref = { dataset: 'programs', row: '2020', column: 'budget_gel' };
    expect(resolveValue(december, ref, 'ka').text).toBe(`500${NBSP}000${NBSP}₾-ზე მეტი`);
    expect(resolveValue(december, ref, 'en').text).toBe(`more than GEL${NBSP}500,000`);
  });

  it('the budget chart draws 2020 as an open-ended lower bound, never a plain bar of 500,000', () => {
    const entry = chartById(december, 'budget-by-year') as BarEntry;
    const row = entry.slice.rows.find((r) => r.year === 2020)!;
    expect(row).toMatchObject({ budget_gel: 500000, budget_comparison: 'at_least', year_basis: 'inferred' });
    for (const locale of ['ka', 'en'] as const) {
      const { layout, description } = barsFromSlice(entry.slice, entry.spec, locale);
      const bar = layout.bars[entry.slice.rows.indexOf(row)]!;
      expect(bar.comparison).toBe('at_least');
      expect(bar.extension).toBeDefined();
      expect(bar.path).toMatch(/L/); // the arrow
      expect(bar.valueLabel).toBe(locale === 'ka' ? `500${NBSP}000${NBSP}₾-ზე მეტი` : `more than GEL${NBSP}500,000`);
      expect(description).toContain(locale === 'ka' ? `2020: 500${NBSP}000${NBSP}₾-ზე მეტი` : `2020: more than GEL${NBSP}500,000`);
      expect(entry.notes(locale).join(' ')).toMatch(locale === 'ka' ? /ქვედა ზღვარს/ : /lower bound/);
    }
    expect(sliceToCsv(entry.slice)).toContain('\n2020,500000,at_least,inferred,');
    const svg = barMarksSvg(barsFromSlice(entry.slice, entry.spec, 'en').layout, { idPrefix: 't' });
    expect(svg).toContain('stroke-dasharray="4 4"');
  });

  it('the budget chart marks every year without a budget as not reported', () => {
    const entry = chartById(december, 'budget-by-year');
    expect(entry.slice.rows.filter((r) => r.budget_gel === null).map((r) => r.year)).toEqual([2019, 2021, 2022, 2023, 2024, 2025]);
  });

  it('budget change and budget per person use exact amounts only', () => {
    const changes = budgetChanges(budgetSeries(december));
    expect(changes.find((c) => c.year === 2020)!.change).toBeNull();
    expect(changes.find((c) => c.year === 2018)!.change!.absolute).toBe(60000);
    expect(budgetPerPerson(december).map((p) => p.year)).toEqual([2017]);
  });

  it('people reached distinguishes planned, selected and served, and the two 2020 plans stand side by side', () => {
    const points = reachByYear(december);
    expect(points.filter((p) => p.year === 2020).map((p) => [p.stage, p.persons, p.comparison])).toEqual([
      ['planned', 200, 'at_most'],
      ['planned', 150, 'exact'],
    ]);
    expect(points.filter((p) => p.year === 2021).map((p) => p.stage)).toEqual(['planned', 'planned', 'selected']);
    expect(points.find((p) => p.year === 2022 && p.persons !== null)).toMatchObject({ stage: 'served', persons: 88 });
    expect(points.find((p) => p.year === 2019)!.persons).toBeNull();
    const entry = chartById(december, 'people-by-year') as BarEntry;
    const fills = barsFromSlice(entry.slice, entry.spec, 'en').layout.bars.filter((b) => !b.missing).map((b) => b.fill);
    expect(new Set(fills)).toEqual(new Set(['solid', 'striped', 'outline']));
  });

  it('no statement without a year is charted under a year', () => {
    const undated = new Set(december.statements.map((s) => s.figure));
    expect([...undated].sort((a, b) => a - b)).toEqual([18, 52, 80, 165, 200, 339]);
    for (const c of chartRegistry(december)) {
      if (c.id !== 'people-by-year') continue;
      expect(c.slice.rows.map((r) => r.persons).filter((n) => n === 165 || n === 339 || n === 80)).toEqual([]);
    }
  });

  it('the 2021 deadline is given as 4 April and as 5 April, each by its own source', () => {
    const deadlines = december.grant_calls.filter((c) => c.call_id === 'call-2021' && c.deadline).map((c) => [c.source_id, c.deadline]);
    expect(deadlines).toEqual([['kvira-2021', '2021-04-04'], ['georgiatoday-2021', '2021-04-04'], ['trend-3398820', '2021-04-05']]);
  });

  it('the home headline gives the latest known value of each measure, with its year and certainty', () => {
    const h = homeHeadline(december, 'en');
    expect(h.map((x) => [x.value, x.year])).toEqual([
      [`more than GEL${NBSP}500,000`, 2020],
      ['248', 2017],
      ['185', 2021],
      ['88', 2022],
      ['16 May 2024', 2024],
    ]);
    expect(h[0]!.note).toMatch(/inferred/);
    expect(h[0]!.reason, 'why the year is inferred, beside the sources').toMatch(/\w/);
  });

  it('"Getting help now" names the Agency, its page, and no centre status a source does not give', () => {
    const m = helpModel(december);
    expect(m.agency.name).toBe('agency');
    expect(m.agency.source?.url).toBe('https://idp.gov.ge/reintegration/');
    expect(m.centresProject?.date_end).toBe('2017-07');
    expect(m.centres.map((c) => c.centre.centre_id).sort()).toEqual(['batumi', 'kutaisi', 'tbilisi', 'telavi']);
  });
});

describe('the live data: invariants', () => {
  const live = tablesOf(LIVE_DATA);

  it('no chart cell shows a bounded or approximate figure as a plain number', () => {
    for (const c of chartRegistry(live)) {
      for (const col of c.slice.columns.filter((x) => x.comparisonKey)) {
        for (const row of c.slice.rows) {
          const code = row[col.comparisonKey!];
          if (row[col.key] === null || code === null || code === 'exact') continue;
          for (const locale of ['ka', 'en'] as const) {
            expect(formatCell(col, row, locale).text, `${c.id} ${col.key}`).not.toBe(formatDisplay(row[col.key], col.kind as 'count', locale).text);
          }
        }
      }
    }
  });

  it('every program year from 2015 to the latest is a row, and years with figures cite a source', () => {
    const years = live.programs.map((p) => p.year).sort((a, b) => a - b);
    expect(years).toEqual(Array.from({ length: years.at(-1)! - 2014 }, (_, i) => 2015 + i));
  });

  it('a figure whose year is inferred always gives the reason in both languages', () => {
    for (const r of [...live.programs, ...live.grant_calls, ...live.grant_results]) {
      if (r.year_basis === 'inferred') {
        expect(r.year_basis_reason_ka).toBeTruthy();
        expect(r.year_basis_reason_en).toBeTruthy();
      }
    }
  });
});
