import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { draftYears, withoutYears } from './published-years.ts';

const tables = fixtureTables();

describe('draft years', () => {
  it('draftYears lists years whose narratives are all drafts', () => {
    expect(draftYears([{ year: 2019, status: 'draft' }, { year: 2019, status: 'draft' }, { year: 2017, status: 'published' }, { year: 2017, status: 'published' }])).toEqual([2019]);
    expect(draftYears([{ year: 2018, status: 'published' }, { year: 2018, status: 'draft' }])).toEqual([]);
    expect(draftYears([])).toEqual([]);
  });

  it('withoutYears drops a year from programs, beneficiaries, milestones and its revisions', () => {
    const t = withoutYears(tables, [2018]);
    expect(t.programs.map((p) => p.year)).toEqual([2015, 2016, 2017]);
    expect(t.beneficiaries.some((b) => b.year === 2018)).toBe(false);
    expect(t.milestones.some((m) => m.program_year === 2018)).toBe(false);
    expect(t.milestones.some((m) => m.program_year === null)).toBe(true);
    expect(t.services).toBe(tables.services);
    expect(withoutYears(tables, [])).toBe(tables);
  });
});
