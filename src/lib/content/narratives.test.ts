import { describe, expect, it } from 'vitest';
import { FIXTURE_YEARS, fixtureNarratives, LIVE_NARRATIVES, liveTables } from '../../../tests/support/fixture-data.ts';
import { errorsOf, formatIssue } from '../validation/issues.ts';
import { assertNarratives, narrativeIssues, narrativeProblems, narrativeSchema, parseNarrativeId, publishedNarrative, typedFigures, type NarrativeEntry } from './narratives.ts';
import { readNarratives } from './read-narratives.ts';

const years = FIXTURE_YEARS;

const entry = (id: string, data: Partial<NarrativeEntry['data']> = {}, body = 'Text with <Value dataset="programs" row="2017" column="budget_gel" />.'): NarrativeEntry => {
  const parsed = parseNarrativeId(id);
  return {
    id,
    data: { year: parsed?.year ?? 2017, lang: parsed?.lang ?? 'ka', status: 'published', published: '2026-11-25', summary: 'A summary.', ...data },
    body,
  };
};

describe('parseNarrativeId', () => {
  it('parseNarrativeId("2017.ka") reads year and language', () => {
    expect(parseNarrativeId('2017.ka')).toEqual({ year: 2017, lang: 'ka' });
    expect(parseNarrativeId('2018.en.mdx')).toEqual({ year: 2018, lang: 'en' });
  });
  it('parseNarrativeId rejects other names and languages', () => {
    for (const bad of ['2017', '2017-ka', '17.ka', '2017.de', 'about.en']) expect(parseNarrativeId(bad), bad).toBeNull();
  });
});

describe('narrativeSchema', () => {
  const ok = { year: 2017, lang: 'en', status: 'published', published: '2026-11-25', summary: 'Text.' };
  it('narrativeSchema keeps published as YYYY-MM-DD, from a string or a YAML date', () => {
    expect(narrativeSchema.parse(ok).published).toBe('2026-11-25');
    expect(narrativeSchema.parse({ ...ok, published: new Date('2026-11-25T00:00:00Z') }).published).toBe('2026-11-25');
  });
  it('narrativeSchema rejects an impossible date, an empty summary, an unknown status or language', () => {
    expect(narrativeSchema.safeParse({ ...ok, published: '2026-02-30' }).success).toBe(false);
    expect(narrativeSchema.safeParse({ ...ok, published: '25.11.2026' }).success).toBe(false);
    expect(narrativeSchema.safeParse({ ...ok, summary: '  ' }).success).toBe(false);
    expect(narrativeSchema.safeParse({ ...ok, status: 'final' }).success).toBe(false);
    expect(narrativeSchema.safeParse({ ...ok, lang: 'de' }).success).toBe(false);
    expect(narrativeSchema.safeParse({ ...ok, year: 2017.5 }).success).toBe(false);
  });
});

describe('typedFigures', () => {
  it('typedFigures finds digits in the prose, with their line', () => {
    expect(typedFigures('The budget was 590,000 GEL.\nServed: 248.')).toEqual([
      { line: 1, text: '590,000' },
      { line: 2, text: '248' },
    ]);
  });
  it('typedFigures ignores digits inside components, expressions, links, code and comments', () => {
    const body = [
      'The budget: <Value dataset="programs" row="2017" column="budget_gel" />.',
      'An expression {props.year} and a [link](https://mra.gov.ge/geo/news/show/189/10431).',
      '`code 12` <!-- note 2017 -->',
      '```',
      'block 99',
      '```',
    ].join('\n');
    expect(typedFigures(body)).toEqual([]);
  });
});

describe('narrativeProblems', () => {
  it('narrativeProblems accepts a year published in both languages, and drafts in one', () => {
    expect(narrativeProblems([entry('2017.ka'), entry('2017.en'), entry('2018.ka', { status: 'draft' })], years)).toEqual([]);
  });
  it('narrativeIssues fails a year published in only one language, naming the missing file, in both languages', () => {
    const issues = narrativeIssues([entry('2017.ka'), entry('2017.en', { status: 'draft' })], years);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/years/2017.en.mdx', column: 'status', code: 'narrative_one_language', found: 'status: draft' });
    expect(formatIssue(issues[0]!, 'en')).toContain('because 2017 is published in ka');
    expect(formatIssue(issues[0]!, 'ka')).toContain('გამოქვეყნებულია ენაზე ka');
  });
  it('narrativeIssues fails a year missing its other language file altogether', () => {
    expect(narrativeIssues([entry('2018.en')], years)[0]).toMatchObject({ file: 'content/years/2018.ka.mdx', found: 'no such file' });
  });
  it('narrativeIssues fails a frontmatter that contradicts the file name', () => {
    const issues = narrativeIssues([entry('2017.ka', { year: 2018 }), entry('2017.en', { lang: 'ka' })], years);
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/years/2017.ka.mdx', code: 'narrative_year', found: 'year: 2018' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/years/2017.en.mdx', code: 'narrative_lang', found: 'lang: ka' }));
  });
  it('narrativeIssues fails a year that is not in programs.csv', () => {
    const [issue] = narrativeIssues([entry('2030.ka', { status: 'draft' })], years);
    expect(issue).toMatchObject({ code: 'narrative_unknown_year', found: '2030' });
    expect(issue!.hint!.en).toContain('npm run new-year');
  });
  it('narrativeIssues fails a figure typed into the text (with its line) or the summary', () => {
    const issues = narrativeIssues([entry('2017.ka', { status: 'draft', summary: 'Served 248.' }, 'Intro.\nThe budget was 590000 lari.')], years);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'typed_figure', row: 2, found: '590000' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'typed_figure', column: 'summary', found: '248' }));
  });
  it('narrativeIssues fails a badly named file', () => {
    expect(narrativeIssues([entry('2017-ka')], years)[0]).toMatchObject({ code: 'narrative_name', found: '2017-ka.mdx' });
  });
  it('narrativeProblems gives the same problems as English lines naming the file', () => {
    const lines = narrativeProblems([entry('2017.ka')], years);
    expect(lines).toEqual([expect.stringMatching(/^content\/years\/2017\.en\.mdx, column status: expected status: published/)]);
  });
  it('assertNarratives throws one error listing every problem', () => {
    expect(() => assertNarratives([entry('2017.ka')], years)).toThrow(/1 problem\(s\); nothing was published/);
    expect(() => assertNarratives([entry('2017.ka'), entry('2017.en')], years)).not.toThrow();
  });
});

describe('publishedNarrative', () => {
  it('publishedNarrative never returns a draft', () => {
    const entries = [entry('2017.ka'), entry('2017.en', { status: 'draft' })];
    expect(publishedNarrative(entries, 2017, 'ka')?.id).toBe('2017.ka');
    expect(publishedNarrative(entries, 2017, 'en')).toBeNull();
    expect(publishedNarrative(entries, 2016, 'ka')).toBeNull();
  });
});

describe('the narratives of the frozen fixture', () => {
  const entries = fixtureNarratives();
  it('the narratives for 2017 and 2018 are published in both languages, and only those', () => {
    expect(entries.map((e) => e.id)).toEqual(['2017.en', '2017.ka', '2018.en', '2018.ka']);
    for (const year of [2017, 2018]) {
      for (const lang of ['ka', 'en'] as const) expect(publishedNarrative(entries, year, lang), `${year}.${lang}`).not.toBeNull();
    }
  });
  it('the fixture narratives pass every rule', () => {
    expect(narrativeProblems(entries, years)).toEqual([]);
  });
});

describe('the narratives in content/years (live)', () => {
  const { entries, issues } = readNarratives(LIVE_NARRATIVES);
  const liveYears = liveTables().programs.map((p) => p.year);
  it('every narrative file reads (front matter, schema)', () => {
    expect(errorsOf(issues).map((i) => formatIssue(i, 'en'))).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });
  it('the narratives pass every rule: a program year, no typed figure, published in both languages or neither', () => {
    expect(narrativeProblems(entries, liveYears)).toEqual([]);
  });
  it('every year published in one language is published in the other', () => {
    for (const e of entries.filter((x) => x.data.status === 'published')) {
      const other = e.data.lang === 'ka' ? 'en' : 'ka';
      expect(publishedNarrative(entries, e.data.year, other), `${e.data.year}.${other}`).not.toBeNull();
    }
  });
});
