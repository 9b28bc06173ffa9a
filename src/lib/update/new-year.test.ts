import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA, LIVE_DATA, nextFreeYear, ROOT } from '../../../tests/support/fixture-data.ts';
import { appendRow, NewYearError, narrativeStub, parseYear, scaffoldYear, yearsIn } from './new-year.ts';

// The scaffold is tried on the live data with the year the ministry would add next (so it
// keeps working after every annual update), and on the frozen fixture for exact output.
const programsCsv = readFileSync(join(LIVE_DATA, 'programs.csv'), 'utf8');
const revisionsCsv = readFileSync(join(LIVE_DATA, 'revisions.csv'), 'utf8');
const next = nextFreeYear();
const fixture = {
  programsCsv: readFileSync(join(FIXTURE_DATA, 'programs.csv'), 'utf8'),
  revisionsCsv: readFileSync(join(FIXTURE_DATA, 'revisions.csv'), 'utf8'),
};

describe('new-year scaffolding', () => {
  it('parseYear accepts four digits and refuses anything else, in both languages', () => {
    expect(parseYear('2019')).toBe(2019);
    expect(parseYear(String(next))).toBe(next);
    for (const bad of [undefined, '19', '20190', 'next', '1800', '2019-01']) {
      expect(() => parseYear(bad)).toThrow(NewYearError);
    }
    try {
      parseYear('19');
    } catch (e) {
      expect((e as NewYearError).message).toContain('four digits');
      expect((e as NewYearError).ka).toContain('ოთხი ციფრით');
    }
  });

  it('the next free year is one after the last year of data/programs.csv, and has no narrative yet', () => {
    const years = yearsIn(programsCsv);
    expect(next).toBe(Math.max(...years) + 1);
    expect(years).not.toContain(next);
    expect(existsSync(join(ROOT, `content/years/${next}.ka.mdx`))).toBe(false);
    expect(existsSync(join(ROOT, `content/years/${next}.en.mdx`))).toBe(false);
  });

  it('scaffoldYear adds the next free year to the live data with empty figures and breakdown not_reported', () => {
    const out = scaffoldYear(next, '2026-11-25', { programsCsv, revisionsCsv, existingNarratives: [] });
    expect(yearsIn(out.programsCsv)).toEqual([...yearsIn(programsCsv), next]);
    expect(out.programsCsv.trimEnd().split('\n').at(-1)).toBe(`${next},,,,,not_reported,,,,,,,,,,,,,,,`);
    expect(out.programsCsv.startsWith(programsCsv.trimEnd())).toBe(true);
    expect(out.revisionsCsv).toContain(`added-${next},2026-11-25,programs,${next},,provisional`);
    expect(out.narratives.map((n) => n.path)).toEqual([`content/years/${next}.ka.mdx`, `content/years/${next}.en.mdx`]);
  });

  it('scaffoldYear on the fixture adds 2019 after 2015–2018, exactly', () => {
    const out = scaffoldYear(2019, '2026-11-25', { ...fixture, existingNarratives: [] });
    expect(yearsIn(out.programsCsv)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(out.programsCsv).toBe(`${fixture.programsCsv.trimEnd()}\n2019,,,,,not_reported,,,,,,,,,,,,,,,\n`);
    expect(out.revisionsCsv.trimEnd().split('\n').at(-1)).toMatch(/^added-2019,2026-11-25,programs,2019,,provisional,/);
  });

  it('scaffoldYear refuses a year that exists, and narratives that exist', () => {
    const last = Math.max(...yearsIn(programsCsv));
    expect(() => scaffoldYear(last, '2026-11-25', { programsCsv, revisionsCsv, existingNarratives: [] })).toThrow(/already in data\/programs.csv/);
    expect(() => scaffoldYear(2017, '2026-11-25', { ...fixture, existingNarratives: [] })).toThrow(/already in data\/programs.csv/);
    expect(() => scaffoldYear(next, '2026-11-25', { programsCsv, revisionsCsv, existingNarratives: [`content/years/${next}.en.mdx`] })).toThrow(/exists already/);
  });

  it('appendRow keeps CRLF line ends and quotes cells that need it', () => {
    const csv = 'a,b\r\n1,2\r\n';
    expect(appendRow(csv, { a: 'x, y' })).toBe('a,b\r\n1,2\r\n"x, y",\r\n');
    expect(appendRow('a,b\n1,2', { b: '3' })).toBe('a,b\n1,2\n,3\n');
  });

  it('narrativeStub is a draft whose prose types no figure', () => {
    const stub = narrativeStub(next, 'ka', '2026-11-25');
    expect(stub).toContain('status: draft');
    expect(stub).toContain(`<Value dataset="programs" row="${next}" column="budget_gel" />`);
    const body = stub.split('---').at(-1)!.replace(/<[^>]+>/g, '');
    expect(body).not.toMatch(/\d/);
  });
});
