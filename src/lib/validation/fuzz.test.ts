/**
 * The loader's fuzz test, seeded and bounded for the unit suite (a few seconds). `npm run fuzz`
 * runs the same cases at length (10,000 by default); its figures are in the README.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseArb, readRealData, runCase, type FuzzCase } from './fuzz.ts';

const real = readRealData(resolve('data'));
const files = [...real.keys()];

/** The three accidents of issue 12, always among the cases. */
const examples: [FuzzCase][] = [
  [{ file: 'services.csv', edits: [], accident: { kind: 'plain_csv', codePage: 'windows-1252' } }],
  [{ file: 'services.csv', edits: [], accident: { kind: 'misread', codePage: 'windows-1252', lostBytes: false, bom: true } }],
  [{ file: 'services.csv', edits: [], accident: { kind: 'misread', codePage: 'windows-1251', lostBytes: false, bom: true } }],
  [{ file: 'trainings.csv', edits: [], accident: { kind: 'misread', codePage: 'windows-1252', lostBytes: true, bom: false } }],
  [{ file: 'mobility_centres.csv', edits: [], accident: { kind: 'misread_lines', codePage: 'iso-8859-1', from: 2, count: 1 } }],
];

describe('the loader under random edits and encoding accidents of the real data', () => {
  it('accepts the real data as it is (the fuzz starts from a clean state)', () => {
    for (const file of files) {
      expect(runCase(real, { file, edits: [], accident: { kind: 'none', bom: false } }).result!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('rejects each accident of the issue, naming the file', () => {
    for (const [c] of examples) {
      const { result } = runCase(real, c);
      expect(result!.issues.some((i) => i.severity === 'error' && i.file === `data/${c.file}`), JSON.stringify(c)).toBe(true);
    }
  });

  it('never throws, locates every error, and never accepts a file that lost Georgian letters', () => {
    fc.assert(
      fc.property(caseArb(files), (c) => {
        expect(runCase(real, c).findings).toEqual([]);
      }),
      { seed: 12, numRuns: 250, examples },
    );
    // A few seconds alone; allow for a machine shared with other jobs.
  }, 300_000);
});
