import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { homeModel } from './home.ts';

const tables = fixtureTables();
const ctx = (locale: 'ka' | 'en') => ({ tables, locale, site: 'https://data.example.org', base: '/' });

describe('homeModel (fixture)', () => {
  it('homeModel leads with 2018: its budget, no persons served, four services', () => {
    const m = homeModel(ctx('en'));
    expect(m.latest).toMatchObject({ year: 2018, budget: 650000, personsServed: null, servicesOffered: 4 });
    expect(m.latest!.refs.map((r) => r.sourceId)).toContain('report-2018-06');
    expect(m.latest!.servicesRefs.map((r) => r.ref)).toEqual(['L6', 'L7', 'L8', 'L9']);
  });
  it('homeModel gives persons served from 2017, the latest year that reports them', () => {
    const m = homeModel(ctx('ka'));
    expect(m.persons).toMatchObject({ year: 2017, personsServed: 248 });
    expect(m.persons!.refs[0]).toEqual({ sourceId: 'report-2018-06', ref: 'L3' });
  });
  it('homeModel places the budget chart and the latest breakdown chart, and the three latest milestones', () => {
    const m = homeModel(ctx('en'));
    expect(m.budgetFigure.view.id).toBe('budget-by-year');
    expect(m.breakdownFigure!.view.id).toBe('beneficiaries-2017');
    expect(m.recent).toHaveLength(3);
    const dates = m.recent.map((x) => x.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(tables.milestones.every((x) => x.date <= dates[0]!)).toBe(true);
  });
  it('homeModel counts the directions where the latest year lists no services', () => {
    const programs = tables.programs.filter((p) => p.year <= 2016);
    const beneficiaries = tables.beneficiaries.filter((b) => b.year <= 2016);
    const m = homeModel({ ...ctx('en'), tables: { ...tables, programs, beneficiaries } });
    expect(m.latest).toMatchObject({ year: 2016, servicesOffered: 6 });
    expect(m.latest!.servicesRefs).toEqual(m.latest!.refs);
    expect(m.persons).toBeNull();
    expect(m.breakdownFigure).toBeNull();
  });
});
