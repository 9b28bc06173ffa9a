import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { breakdownCheck, breakdownFor, latestCountedYear } from './breakdown.ts';

const tables = fixtureTables();

describe('breakdownFor (fixture)', () => {
  it('breakdownFor 2017 gives 147/57/30/14 with shares summing to 1', () => {
    const b = breakdownFor(tables, 2017)!;
    expect(b.items.map((i) => [i.serviceId, i.persons])).toEqual([
      ['income_projects', 147], ['medical', 57], ['vocational', 30], ['housing', 14],
    ]);
    expect(b.sum).toBe(248);
    expect(b.items.reduce((s, i) => s + i.share!, 0)).toBeCloseTo(1, 10);
    expect(b.items[0]!.share).toBeCloseTo(0.593, 3);
  });

  it('breakdownFor 2018 has services but no counts and no shares', () => {
    const b = breakdownFor(tables, 2018)!;
    expect(b.items).toHaveLength(4);
    expect(b.items.every((i) => i.persons === null && i.share === null)).toBe(true);
  });

  it('breakdownFor a year not in programs.csv is null', () => {
    expect(breakdownFor(tables, 2030)).toBeNull();
  });

  it('latestCountedYear is 2017, the latest year with counts by service', () => {
    expect(latestCountedYear(tables)).toBe(2017);
    expect(latestCountedYear({ beneficiaries: tables.beneficiaries.filter((b) => b.persons === null) })).toBeNull();
  });
});

describe('breakdownCheck (fixture)', () => {
  it('breakdownCheck(2017) sums the counts to 248, exactly the persons served', () => {
    expect(breakdownCheck(tables, 2017)).toEqual({ year: 2017, personsServed: 248, sum: 248, relation: 'exact' });
  });

  it('breakdownCheck(2018) is incomplete: services listed, counts not reported', () => {
    expect(breakdownCheck(tables, 2018)!.relation).toBe('incomplete');
    expect(breakdownCheck(tables, 2016)).toBeNull();
  });

  it('breakdownCheck compares the sum with persons served instead of assuming it', () => {
    const programs = tables.programs.map((p) => (p.year === 2017 ? { ...p, persons_served: 240 } : p));
    expect(breakdownCheck({ ...tables, programs }, 2017)!.relation).toBe('more');
    const fewer = tables.programs.map((p) => (p.year === 2017 ? { ...p, persons_served: 300 } : p));
    expect(breakdownCheck({ ...tables, programs: fewer }, 2017)!.relation).toBe('fewer');
    const none = tables.programs.map((p) => (p.year === 2017 ? { ...p, persons_served: null } : p));
    expect(breakdownCheck({ ...tables, programs: none }, 2017)!.relation).toBe('no_total');
  });
});
