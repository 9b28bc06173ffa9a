import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { formatDateRange } from '../i18n/format.ts';
import { iomProjects } from './iom.ts';

const tables = fixtureTables();
const project = (id: string) => iomProjects(tables).find((p) => p.projectId === id)!;

describe('iomProjects (fixture)', () => {
  it('the EU readmission project: the kinds of help add up to 530 while 515 persons were assisted', () => {
    const p = project('eu-readmission-2014-2016');
    expect(p.personsSum).toBe(530);
    expect(p.assisted).toBe(515);
    expect(p.relation).toBe('more');
    expect(p.breakdown).toBe('overlapping');
    expect(p.familyKinds).toEqual([]);
  });

  it('the 2003–2016 figures keep the families count out of the sum of persons', () => {
    const p = project('iom-avrr-2003-2016');
    expect(p.personsSum).toBe(119 + 1518 + 164 + 360);
    expect(p.familyKinds.map((k) => [k.category, k.count, k.unit])).toEqual([['temporary_accommodation', 223, 'families']]);
    expect(p.familyKinds[0]!.label).toEqual({ ka: 'დროებითი საცხოვრისი', en: 'temporary accommodation' });
  });

  it('iomProjects gives totals with "not reported" left as null, and the period as the data gives it', () => {
    const p = project('eu-readmission-2014-2016');
    expect(p.totals.map((x) => [x.key, x.value])).toEqual([
      ['voluntary_returns', null], ['persons_reached', 2412], ['persons_registered', 845], ['persons_assisted', 515],
    ]);
    expect(p.totals.every((x) => x.label.ka && x.label.en)).toBe(true);
    expect(formatDateRange(p.periodStart, p.periodEnd, 'en')).toBe('March 2014\u2009–\u2009January 2016');
    expect(p.refs).toHaveLength(1);
  });

  it('iomProjects refuses a kind of help the schema does not declare', () => {
    const bad = tables.iom_assistance.map((a, i) => (i === 0 ? { ...a, category: 'nope' as never } : a));
    expect(() => iomProjects({ ...tables, iom_assistance: bad })).toThrow(/nope/);
  });
});
