import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendRow, NewYearError, narrativeStub, parseYear, scaffoldYear, yearsIn } from './new-year.ts';

const programsCsv = readFileSync('data/programs.csv', 'utf8');
const revisionsCsv = readFileSync('data/revisions.csv', 'utf8');

describe('new-year scaffolding', () => {
  it('parseYear accepts four digits and refuses anything else, in both languages', () => {
    expect(parseYear('2019')).toBe(2019);
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

  it('scaffoldYear adds 2019 with empty figures and breakdown not_reported', () => {
    const out = scaffoldYear(2019, '2026-11-25', { programsCsv, revisionsCsv, existingNarratives: [] });
    expect(yearsIn(out.programsCsv)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(out.programsCsv.trimEnd().split('\n').at(-1)).toBe('2019,,,,,not_reported,,,,,,,,');
    expect(out.revisionsCsv).toContain('added-2019,2026-11-25,programs,2019,,provisional');
    expect(out.narratives.map((n) => n.path)).toEqual(['content/years/2019.ka.mdx', 'content/years/2019.en.mdx']);
  });

  it('scaffoldYear refuses a year that exists, and narratives that exist', () => {
    expect(() => scaffoldYear(2017, '2026-11-25', { programsCsv, revisionsCsv, existingNarratives: [] })).toThrow(/already in data\/programs.csv/);
    expect(() => scaffoldYear(2019, '2026-11-25', { programsCsv, revisionsCsv, existingNarratives: ['content/years/2019.en.mdx'] })).toThrow(/exists already/);
  });

  it('appendRow keeps CRLF line ends and quotes cells that need it', () => {
    const csv = 'a,b\r\n1,2\r\n';
    expect(appendRow(csv, { a: 'x, y' })).toBe('a,b\r\n1,2\r\n"x, y",\r\n');
    expect(appendRow('a,b\n1,2', { b: '3' })).toBe('a,b\n1,2\n,3\n');
  });

  it('narrativeStub is a draft whose prose types no figure', () => {
    const stub = narrativeStub(2019, 'ka', '2026-11-25');
    expect(stub).toContain('status: draft');
    expect(stub).toContain('<Value dataset="programs" row="2019" column="budget_gel" />');
    const body = stub.split('---').at(-1)!.replace(/<[^>]+>/g, '');
    expect(body).not.toMatch(/\d/);
  });
});
