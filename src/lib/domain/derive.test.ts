import { describe, expect, it } from 'vitest';
import { change, perPerson, share } from './derive.ts';

describe('derived figures', () => {
  it('change computes the 2017 → 2018 budget change', () => {
    const c = change(590000, 650000)!;
    expect(c.absolute).toBe(60000);
    expect(c.relative).toBeCloseTo(0.1017, 4);
  });
  it('change is null when either year is not reported', () => {
    expect(change(null, 650000)).toBeNull();
    expect(change(590000, null)).toBeNull();
  });
  it('share gives the 2017 income-project share', () => {
    expect(share(147, 248)).toBeCloseTo(0.5927, 4);
    expect(share(147, null)).toBeNull();
  });
  it('perPerson divides the 2017 budget by persons served', () => {
    expect(Math.round(perPerson(590000, 248)!)).toBe(2379);
    expect(perPerson(590000, null)).toBeNull();
  });
});
