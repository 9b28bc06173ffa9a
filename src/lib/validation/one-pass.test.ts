/**
 * Every problem in one pass: a broken file no longer hides the rules across the other files,
 * and a rule that compares against a broken file stays silent instead of repeating its mistake.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA } from '../../../tests/support/fixture-data.ts';
import { loadDataFrom } from './load.ts';

const BAD = join(FIXTURE_DATA, '../../../fixtures/bad');
const over = (files: Record<string, string>) => (name: string) => (files[name] ? readFileSync(join(BAD, files[name]!, name)) : readFileSync(join(FIXTURE_DATA, name)));

describe('the check reports every problem in one pass', () => {
  it('a semicolon file and an unknown source elsewhere are both reported', () => {
    const { issues } = loadDataFrom(over({ 'beneficiaries.csv': 'separator-semicolon', 'programs.csv': 'unknown-source-id' }));
    expect(issues.map((i) => `${i.file} ${i.code}`)).toEqual(expect.arrayContaining(['data/beneficiaries.csv separator', 'data/programs.csv unknown_source_id']));
  });
  it('a broken sources.csv gives no cascade of unknown source ids', () => {
    const { issues } = loadDataFrom(over({ 'sources.csv': 'duplicated-column' }));
    expect(issues.filter((i) => i.code === 'unknown_source_id')).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
  });
});
