/**
 * The check's messages about narratives, as an officer meets them: lines counted from the top
 * of the file, years and dates allowed in prose, a typed figure answered with the <Value> of
 * the cell that holds it, and the draft `npm run new-year` writes passing as written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureTables, FIXTURE_YEARS } from '../../../tests/support/fixture-data.ts';
import { narrativeStub } from '../update/new-year.ts';
import { narrativeProse } from '../update/georgian-text.ts';
import { figureValue, narrativeIssues, typedFigures } from './narratives.ts';
import { readNarratives, valueIssues } from './read-narratives.ts';
import { cellsHolding } from './value.ts';

const tables = fixtureTables();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function narrativesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'narratives-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const front = (year: number, lang: string) => `---\nyear: ${year}\nlang: ${lang}\nstatus: draft\npublished: 2026-12-01\nsummary: A summary.\n---\n`;

describe('typed figures in prose', () => {
  it('allows years and dates, which are words of the prose', () => {
    expect(typedFigures('In 2019 the program grew.')).toEqual([]);
    expect(typedFigures('პროგრამა 2017 წლის 20 აპრილს დაიწყო.')).toEqual([]);
    expect(typedFigures('It started on 20 April 2017, and on April 3, 2018.')).toEqual([]);
  });
  it('still refuses a figure, also beside a year', () => {
    expect(typedFigures('In 2019, 500 people were served.')).toEqual([{ line: 1, text: '500' }]);
    expect(typedFigures('ბიუჯეტი 590 000 ლარი იყო.')).toEqual([{ line: 1, text: '590 000' }]);
    expect(typedFigures('On 45 April.')).toEqual([{ line: 1, text: '45' }]);
  });
  it('reads a typed figure as a number the way a person writes it', () => {
    expect(figureValue('590 000')).toBe(590000);
    expect(figureValue('590,000')).toBe(590000);
    expect(figureValue('1,5')).toBe(1.5);
  });
});

describe('narrative messages', () => {
  const year = FIXTURE_YEARS[2]!;
  const budget = tables.programs.find((p) => p.year === year)!.budget_gel!;

  it('counts lines from the top of the file, as an editor shows them, and suggests the cell that holds a typed figure', () => {
    const body = `First line.\n\nThe budget was ${budget} lari.\n`;
    const dir = narrativesDir({ [`${year}.en.mdx`]: front(year, 'en') + '\n' + body });
    const { entries, issues } = readNarratives(dir);
    expect(issues).toEqual([]);
    const found = narrativeIssues(entries, FIXTURE_YEARS, (n) => cellsHolding(tables, n));
    const typed = found.find((i) => i.code === 'typed_figure')!;
    // 7 lines of front matter, a blank line, "First line.", a blank line: the figure is on line 11.
    expect(typed.row).toBe(11);
    expect(typed.hint!.en).toContain(`<Value dataset="programs" row="${year}" column="budget_gel" />`);
    expect(typed.hint!.ka).toContain(`<Value dataset="programs" row="${year}" column="budget_gel" />`);
    // The spelling check counts the same way.
    expect(narrativeProse(front(year, 'ka') + '\n' + body).find((p) => p.text.startsWith('The budget'))!.line).toBe(11);
  });

  it('suggests no unrelated cell for a figure the data does not hold', () => {
    const found = narrativeIssues([{ id: `${year}.en`, data: { year, lang: 'en', status: 'draft', published: '2026-12-01', summary: 'S.' }, body: 'It took 987654321 steps.' }], FIXTURE_YEARS, (n) => cellsHolding(tables, n));
    expect(found[0]!.hint!.en).not.toMatch(/row="\d/);
  });

  it('a <Value> naming no cell is reported with its line and the tag as written, in the report\'s language only', () => {
    const dir = narrativesDir({ [`${year}.ka.mdx`]: front(year, 'ka') + '\nტექსტი <Value dataset="" row="" column="" />.\n' });
    const { entries } = readNarratives(dir);
    const [issue] = valueIssues(entries, tables);
    expect(issue).toMatchObject({ code: 'unknown_value', row: 9, found: '<Value dataset="" row="" column="" />' });
    expect(issue!.expected.ka).not.toMatch(/unknown|dataset ""/);
  });

  it('the draft that new-year writes passes the check as written, its instruction sentence included', () => {
    const dir = narrativesDir({ [`${year}.ka.mdx`]: narrativeStub(year, 'ka', '2026-12-01'), [`${year}.en.mdx`]: narrativeStub(year, 'en', '2026-12-01') });
    const { entries, issues } = readNarratives(dir);
    expect(issues).toEqual([]);
    expect(valueIssues(entries, tables)).toEqual([]);
    expect(narrativeIssues(entries, FIXTURE_YEARS, (n) => cellsHolding(tables, n))).toEqual([]);
  });
});
