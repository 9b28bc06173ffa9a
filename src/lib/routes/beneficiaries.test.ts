import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { breakdownCheck } from '../domain/breakdown.ts';
import { beneficiariesModel, breakdownCheckText } from './beneficiaries.ts';

const tables = fixtureTables();
const ctx = (locale: 'ka' | 'en') => ({ tables, locale, site: 'https://data.example.org', base: '/' });

describe('breakdownCheckText (fixture)', () => {
  it('breakdownCheckText says the sum is derived and equals persons served, in both languages', () => {
    const c = breakdownCheck(tables, 2017)!;
    expect(breakdownCheckText(c, 'en')).toBe('In 2017, 248 persons received at least one service. The counts by service add up to 248 (derived): exactly the number of persons served.');
    expect(breakdownCheckText(c, 'ka')).toContain('248 (გამოთვლილი)');
    expect(breakdownCheckText(c, 'ka')).toContain('სერვისი მიეწოდა 248 პირს');
  });
  it('breakdownCheckText has a sentence for every relation, and writes a missing total as not reported', () => {
    const relations = ['exact', 'more', 'fewer', 'no_total', 'incomplete'] as const;
    const texts = relations.map((relation) => breakdownCheckText({ year: 2017, personsServed: relation === 'no_total' ? null : 240, sum: 248, relation }, 'en'));
    expect(new Set(texts).size).toBe(relations.length);
    for (const text of texts) expect(text).toContain('2017');
    expect(texts[3]).toContain('not reported');
  });
});

describe('beneficiariesModel (fixture)', () => {
  for (const locale of ['ka', 'en'] as const) {
    it(`beneficiariesModel (${locale}) places the 2017 breakdown, its sum check, the matrix and one chart per IOM project`, () => {
      const m = beneficiariesModel(ctx(locale));
      expect(m.breakdownFigure!.view.id).toBe('beneficiaries-2017');
      expect(m.sumText).toBe(breakdownCheckText(breakdownCheck(tables, 2017)!, locale));
      expect(m.matrixFigure.view.id).toBe('services-by-year');
      expect(m.matrixFigure.view.drawing.kind).toBe('matrix');
      expect(m.matrixFigure.embedCode).not.toBeNull();
      expect(m.iom.map((x) => [x.project.projectId, x.figure.view.id])).toEqual([
        ['iom-avrr-2003-2016', 'iom-avrr-2003-2016'],
        ['eu-readmission-2014-2016', 'eu-readmission-2014-2016'],
      ]);
    });
  }
  it('beneficiariesModel has no breakdown and no sum check when no year has counts', () => {
    const beneficiaries = tables.beneficiaries.map((b) => ({ ...b, persons: null }));
    const m = beneficiariesModel({ ...ctx('en'), tables: { ...tables, beneficiaries } });
    expect(m.breakdownFigure).toBeNull();
    expect(m.sumText).toBeNull();
  });
});
