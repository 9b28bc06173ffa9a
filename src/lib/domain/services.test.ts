import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { serviceName } from './services.ts';

describe('serviceName (fixture)', () => {
  it('serviceName gives a service’s name in both languages, and refuses an unknown id', () => {
    const tables = fixtureTables();
    const name = serviceName(tables, 'income_projects');
    expect(name.en).toBe('Funding of income-generating projects');
    expect(name.ka).not.toBe('');
    expect(() => serviceName(tables, 'nope')).toThrow(/nope/);
  });
});
