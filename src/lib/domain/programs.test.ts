import { describe, expect, it } from 'vitest';
import { FIXTURE_YEARS, fixtureTables } from '../../../tests/support/fixture-data.ts';
import { latestYearWithData, latestYearWithPersons, programOf, programYears, programsWithServices, servicesOffered } from './programs.ts';

const tables = fixtureTables();

describe('program years (fixture)', () => {
  it('programYears lists every year of programs.csv, oldest first', () => {
    expect(programYears(tables)).toEqual([2015, 2016, 2017, 2018]);
    expect(programYears(tables)).toEqual([...FIXTURE_YEARS]);
  });

  it('picks 2018 as the latest year with data and 2017 for persons served', () => {
    expect(latestYearWithData(tables)!.year).toBe(2018);
    expect(latestYearWithPersons(tables)!.year).toBe(2017);
    expect(latestYearWithPersons(tables)!.persons_served).toBe(248);
    expect(servicesOffered(tables, 2018)).toHaveLength(4);
    expect(servicesOffered(tables, 2016)).toEqual([]);
  });

  it('a year without budget or persons is not the latest year with data', () => {
    const programs = [...tables.programs, { ...tables.programs.at(-1)!, year: 2019, budget_gel: null, persons_served: null }];
    expect(latestYearWithData({ programs })!.year).toBe(2018);
    expect(latestYearWithData({ programs: [] })).toBeNull();
  });

  it('programOf finds a year’s row, or null', () => {
    expect(programOf(tables, 2017)!.budget_gel).toBe(590000);
    expect(programOf(tables, 2030)).toBeNull();
  });
});

describe('programsWithServices (fixture)', () => {
  it('programsWithServices gives every year, oldest first, with the services it listed', () => {
    const p = programsWithServices({ ...tables, programs: [...tables.programs].reverse() });
    expect(p.map((x) => [x.program.year, x.rows.length])).toEqual([[2015, 5], [2016, 0], [2017, 4], [2018, 4]]);
    expect(p[2]!.rows.every((r) => r.year === 2017)).toBe(true);
  });
});
