import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { formatGel } from '../i18n/format.ts';
import { budgetModel } from './budget.ts';

const tables = fixtureTables();

describe('budgetModel (fixture)', () => {
  it('budgetModel places the budget chart and its change table, which has no embed', () => {
    const m = budgetModel({ tables, locale: 'en', site: 'https://data.example.org', base: '/' });
    expect(m.budgetFigure.view.id).toBe('budget-by-year');
    expect(m.budgetFigure.embedCode).toContain('https://data.example.org/en/embed/budget-by-year/');
    expect(m.changeFigure.view.id).toBe('budget-change');
    expect(m.changeFigure.view.drawing.kind).toBe('table');
    expect(m.changeFigure.embedCode).toBeNull();
  });
  it('budgetModel gives the budget per person for 2017 only, with budget and persons', () => {
    const m = budgetModel({ tables, locale: 'en', site: 'https://data.example.org', base: '/' });
    expect(m.perPerson).toHaveLength(1);
    for (const s of [formatGel(2379, 'en'), formatGel(590000, 'en'), '248', '2017']) expect(m.perPerson[0]).toContain(s);
  });
  it('budgetModel names each year’s services in the page’s language, with the directions the source counts', () => {
    const ka = budgetModel({ tables, locale: 'ka', site: 'https://data.example.org', base: '/' });
    const y2018 = ka.spending.find((y) => y.year === 2018)!;
    expect(y2018.serviceNames).toHaveLength(4);
    for (const n of y2018.serviceNames) expect(n).toMatch(/^[^A-Za-z]+$/);
    const y2016 = ka.spending.find((y) => y.year === 2016)!;
    expect(y2016.serviceNames).toEqual([]);
    expect(y2016.directionsText).toContain('6');
    expect(y2018.directionsText).toContain('4');
  });
});
