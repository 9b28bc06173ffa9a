/**
 * The desk's narrative, written from the form: the MDX it writes reads back through
 * `npm run check`'s reader (yaml front matter, the content collection's schema) as the same
 * entry the form checked, and passes the build's narrative rules; a typed figure is refused
 * on the line an editor shows, a year is not; the picker and the preview format figures as the
 * year page does. Values on the frozen fixture.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureTables, FIXTURE_YEARS } from '../../../tests/support/fixture-data.ts';
import { narrativeStub } from '../update/new-year.ts';
import { narrativeIssues } from '../content/narratives.ts';
import { readNarratives, valueIssues } from '../content/read-narratives.ts';
import { cellsHolding, resolveValue } from '../content/value.ts';
import { formatGel } from '../i18n/format.ts';
import { figureChoices, narrativeEntry, narrativeFiles, narrativeFormIssues, narrativeMdx, previewParagraphs, rowLabel, type NarrativeForm } from './narrative.ts';

const tables = fixtureTables();
const year = FIXTURE_YEARS.at(-1)!;
const budget = tables.programs.find((p) => p.year === year)!.budget_gel!;
const tag = (column: string) => `<Value dataset="programs" row="${year}" column="${column}" />`;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const form = (over: Partial<Record<'ka' | 'en', Partial<NarrativeForm['text']['ka']>>> = {}, status: NarrativeForm['status'] = 'published'): NarrativeForm => ({
  year,
  status,
  published: '2026-12-02',
  text: {
    ka: { summary: 'წელი, როცა პროგრამამ: „ახალი“ მიმართულება გახსნა.', body: `${year} წლის 20 აპრილს პროგრამის ბიუჯეტი იყო ${tag('budget_gel')}.\n\nმეორე აბზაცი.`, ...over.ka },
    en: { summary: 'The year the program opened a "new" direction: more help.', body: `In ${year} the budget was ${tag('budget_gel')}.\n\nA second paragraph.`, ...over.en },
  },
});

/** The desk's files in a folder of their own, read back as `npm run check` reads content/years/. */
function readBack(f: NarrativeForm) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-narrative-'));
  dirs.push(dir);
  for (const file of narrativeFiles(f)) writeFileSync(join(dir, file.path.split('/').at(-1)!), file.text);
  return readNarratives(dir);
}

describe('the MDX the desk writes', () => {
  it('has the front matter new-year writes, in its order, and the text after it', () => {
    const stub = narrativeStub(year, 'ka', '2026-12-02').split('\n').slice(0, 7).map((l) => l.split(':')[0]);
    const text = narrativeMdx(form(), 'ka');
    expect(text.split('\n').slice(0, 7).map((l) => l.split(':')[0])).toEqual(stub);
    expect(text).toContain(`year: ${year}\nlang: ka\nstatus: published\npublished: 2026-12-02\n`);
    expect(text.endsWith(`მეორე აბზაცი.\n`)).toBe(true);
    expect(narrativeFiles(form()).map((f) => f.path)).toEqual([`content/years/${year}.ka.mdx`, `content/years/${year}.en.mdx`]);
  });

  it('reads back through the check as the entry the form checked, and passes the narrative rules and every <Value>', () => {
    for (const status of ['draft', 'published'] as const) {
      const f = form({}, status);
      const { entries, issues } = readBack(f);
      expect(issues).toEqual([]);
      expect(entries).toEqual([narrativeEntry(f, 'en'), narrativeEntry(f, 'ka')]);
      expect(entries.map((e) => e.data.status)).toEqual([status, status]);
      // The summary keeps its colon and quotation marks through the front matter.
      expect(entries[0]!.data.summary).toBe(f.text.en.summary);
      expect(narrativeIssues(entries, FIXTURE_YEARS)).toEqual([]);
      expect(valueIssues(entries, tables)).toEqual([]);
      expect(narrativeFormIssues(f, tables)).toEqual([]);
    }
  });

  it('refuses a typed figure as the check does, on the line of the file, with the cell that holds it; a year and a date are allowed', () => {
    const f = form({ ka: { body: `პირველი აბზაცი ${year} წელზე.\n\nბიუჯეტი იყო ${budget} ლარი.` } });
    const issues = narrativeFormIssues(f, tables);
    const { entries } = readBack(f);
    // The same issue as `npm run check` gives for the written file.
    expect(issues).toEqual(narrativeIssues(entries, FIXTURE_YEARS, (n) => cellsHolding(tables, n)).filter((i) => i.file.endsWith('.ka.mdx')));
    expect(issues).toHaveLength(1);
    // 7 lines of front matter, a blank line, the first paragraph, a blank line: line 11.
    expect(issues[0]).toMatchObject({ code: 'typed_figure', file: `content/years/${year}.ka.mdx`, row: 11, found: String(budget) });
    expect(issues[0]!.hint!.ka).toContain(tag('budget_gel'));
  });

  it('refuses a typed figure in the summary, an empty summary, and code signs outside a whole tag', () => {
    const issues = narrativeFormIssues(form({ ka: { summary: 'ბიუჯეტი 500 ლარი.', body: 'ტექსტი <Value dataset="programs" row="2018"' }, en: { summary: ' ', body: 'Text {x}.' } }), tables);
    expect(issues.map((i) => `${i.file.slice(-6)} ${i.code} ${i.column ?? i.row}`).sort()).toEqual(
      ['en.mdx front_matter summary', 'en.mdx narrative_markup 9', 'ka.mdx narrative_markup 9', 'ka.mdx typed_figure summary'].sort(),
    );
  });

  it('names a <Value> that no cell answers, and a year that is not a program year', () => {
    const bad = form({ en: { body: '<Value dataset="programs" row="1990" column="budget_gel" />' } });
    expect(narrativeFormIssues(bad, tables).map((i) => i.code)).toEqual(['unknown_value']);
    expect(narrativeFormIssues({ ...form(), year: year + 5 }, tables).map((i) => i.code)).toContain('narrative_unknown_year');
  });
});

describe('the figure picker and the preview', () => {
  it('lists the year\'s figures in words, each with its formatted value and the tag it inserts', () => {
    const choices = figureChoices(tables, year, 'en');
    const budgetChoice = choices.find((c) => c.tag === tag('budget_gel'))!;
    expect(budgetChoice.text).toBe(`Program years · ${year} · Budget: ${resolveValue(tables, { dataset: 'programs', row: String(year), column: 'budget_gel' }, 'en').text}`);
    expect(budgetChoice.text).toContain(formatGel(budget, 'en'));
    // Only the year's rows, and no empty cell (an empty cell is "not reported", not a figure).
    expect(choices.every((c) => c.text.includes(String(year)))).toBe(true);
    const ka = figureChoices(tables, year, 'ka');
    expect(ka.find((c) => c.tag === tag('budget_gel'))!.text).toContain(`${year} · ბიუჯეტი: ${formatGel(budget, 'ka')}`);
    expect(figureChoices(tables, null, 'en').length).toBeGreaterThan(choices.length);
  });

  it('names a row by its linked name, not its code', () => {
    const row = tables.beneficiaries.find((b) => b.year === year)!;
    const service = tables.services.find((s) => s.service_id === row.service_id)!;
    expect(rowLabel('beneficiaries', row as unknown as Record<string, unknown>, tables, 'en')).toBe(service.name_en);
    expect(rowLabel('programs', tables.programs[0] as unknown as Record<string, unknown>, tables, 'ka')).toBe('');
  });

  it('shows each <Value> as its formatted figure, paragraph by paragraph', () => {
    const paragraphs = previewParagraphs(form().text.ka.body, tables, 'ka');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toEqual([
      { text: `${year} წლის 20 აპრილს პროგრამის ბიუჯეტი იყო ` },
      { text: formatGel(budget, 'ka'), figure: true, missing: false },
      { text: '.' },
    ]);
    expect(previewParagraphs('<Value dataset="x" row="1" column="y" />', tables, 'en')).toEqual([[{ text: '<Value dataset="x" row="1" column="y" />', figure: true, missing: true }]]);
  });
});
