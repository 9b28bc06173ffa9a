import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import { FORMULAS } from '../../domain/derive.ts';
import { t } from '../../i18n/strings/index.ts';
import { breakdownChart, breakdownChartId, breakdownCharts } from './breakdown.ts';

const tables = fixtureTables();

describe('breakdownCharts (fixture)', () => {
  it('breakdownCharts has one chart per year with counts: 2017 only', () => {
    expect(breakdownCharts(tables).map((c) => c.id)).toEqual(['beneficiaries-2017']);
    expect(breakdownChartId(2017)).toBe('beneficiaries-2017');
    expect(breakdownChart(tables, 2018)).toBeNull();
    expect(breakdownChart(tables, 2016)).toBeNull();
    expect(breakdownChart(tables, 2030)).toBeNull();
  });

  it('the latest counted year’s chart lives on /beneficiaries/, an earlier one on its year page', () => {
    expect(breakdownChart(tables, 2017)!.page).toBe('/beneficiaries/');
    const programs = [...tables.programs, { ...tables.programs.find((p) => p.year === 2017)!, year: 2019 }];
    const beneficiaries = [...tables.beneficiaries, ...tables.beneficiaries.filter((b) => b.year === 2017).map((b) => ({ ...b, year: 2019 }))];
    const more = { ...tables, programs, beneficiaries };
    expect(breakdownChart(more, 2017)!.page).toBe('/years/2017/');
    expect(breakdownChart(more, 2019)!.page).toBe('/beneficiaries/');
  });

  it('the 2017 breakdown’s takeaway names the most common service: income-generating projects, 147 of 248', () => {
    const c = breakdownChart(tables, 2017)!;
    expect(c.takeaway('en')).toBe('In 2017 the most common service was “Funding of income-generating projects”: 147 of 248 persons (59.3%).');
    expect(c.takeaway('ka')).toContain('2017 წელს ყველაზე მეტ პირს მიეწოდა სერვისი');
    expect(c.takeaway('ka')).toContain('248-დან 147 პირს');
  });

  it('the 2017 breakdown’s rows are the counts with their derived shares, largest first', () => {
    const c = breakdownChart(tables, 2017)!;
    expect(c.slice.rows.map((r) => [r.service_id, r.persons])).toEqual([['income_projects', 147], ['medical', 57], ['vocational', 30], ['housing', 14]]);
    expect(c.slice.columns.find((x) => x.key === 'share')!.derived).toBe('share');
    expect(c.slice.sources.map((s) => s.sourceId)).toContain('report-2018-06');
  });

  it('the breakdown’s notes have the derived key and the share formula, and the hatch key only when a count is missing', () => {
    for (const locale of ['ka', 'en'] as const) {
      expect(breakdownChart(tables, 2017)!.notes(locale)).toEqual([t(locale, 'figure.derivedKey'), FORMULAS.share[locale]]);
    }
    const beneficiaries = tables.beneficiaries.map((b) => (b.year === 2017 && b.service_id === 'housing' ? { ...b, persons: null } : b));
    const c = breakdownChart({ ...tables, beneficiaries }, 2017)!;
    expect(c.notes('en')).toEqual([t('en', 'figure.missingKey'), t('en', 'figure.derivedKey'), FORMULAS.share.en]);
  });

  // An "overlapping" breakdown (valid data) has no shares: the takeaway gives the count alone,
  // and no formula is printed for a share column that holds nothing.
  it('an overlapping breakdown (no shares) has a takeaway without an empty "()" and no share formula', () => {
    const programs = tables.programs.map((p) => (p.year === 2017 ? { ...p, breakdown: 'overlapping' as const } : p));
    const c = breakdownChart({ ...tables, programs }, 2017)!;
    expect(c.slice.rows.every((r) => r.share === null)).toBe(true);
    for (const locale of ['ka', 'en'] as const) {
      expect(c.takeaway(locale)).not.toContain('()');
      expect(c.takeaway(locale)).toContain('147');
      expect(c.notes(locale)).toEqual([]);
    }
  });
});
