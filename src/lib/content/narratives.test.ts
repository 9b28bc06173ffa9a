import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../data/issues.ts';
import { loadData } from '../data/load.ts';
import { assertNarratives, narrativeIssues, narrativeProblems, narrativeSchema, parseNarrativeId, publishedNarrative, typedFigures, type NarrativeEntry } from './narratives.ts';

const { tables } = loadData(resolve('data'));
const years = tables.programs.map((p) => p.year);

const entry = (id: string, data: Partial<NarrativeEntry['data']> = {}, body = 'Text with <Value dataset="programs" row="2017" column="budget_gel" />.'): NarrativeEntry => {
  const parsed = parseNarrativeId(id);
  return {
    id,
    data: { year: parsed?.year ?? 2017, lang: parsed?.lang ?? 'ka', status: 'published', published: '2026-11-25', summary: 'A summary.', ...data },
    body,
  };
};

/** The real narratives, read the way the glob loader does: id from the file name, frontmatter, body. */
function realEntries(): NarrativeEntry[] {
  const dir = resolve('content/years');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(resolve(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`${f}: no frontmatter`);
      const front = Object.fromEntries(
        m[1]!.split('\n').map((line) => {
          const at = line.indexOf(':');
          const raw = line.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
          return [line.slice(0, at).trim(), /^\d+$/.test(raw) ? Number(raw) : raw];
        }),
      );
      return { id: f.replace(/\.mdx$/, ''), data: narrativeSchema.parse(front), body: m[2] };
    });
}

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
      { line: 2, text: '248.' },
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
    expect(issues).toContainEqual(expect.objectContaining({ code: 'typed_figure', column: 'summary', found: '248.' }));
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

describe('the narratives in content/years', () => {
  const entries = realEntries();
  it('the narratives for 2017 and 2018 are published in both languages', () => {
    for (const year of [2017, 2018]) {
      for (const lang of ['ka', 'en'] as const) expect(publishedNarrative(entries, year, lang), `${year}.${lang}`).not.toBeNull();
    }
  });
  it('the narratives pass every rule (no typed figure, both languages)', () => {
    expect(narrativeProblems(entries, years)).toEqual([]);
  });
});
