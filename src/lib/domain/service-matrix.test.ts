import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { serviceMatrix, yearsOffered } from './service-matrix.ts';

const tables = fixtureTables();

describe('serviceMatrix (fixture)', () => {
  it('serviceMatrix tells counted, offered, not offered and unknown apart', () => {
    const m = serviceMatrix(tables);
    expect(m.years).toEqual([2015, 2016, 2017, 2018]);
    expect(m.serviceIds).toEqual(tables.services.map((s) => s.service_id));
    expect(m.cells.income_projects![2017]).toEqual({ state: 'counted', persons: 147 });
    expect(m.cells.medical![2018]).toEqual({ state: 'offered', persons: null });
    expect(m.cells.housing![2015]!.state).toBe('not_offered');
    expect(m.cells.legal_aid![2017]!.state).toBe('not_offered');
    expect(m.cells.medical![2016]!.state).toBe('unknown');
    expect(yearsOffered(m, 'housing')).toEqual([2017, 2018]);
  });
});
