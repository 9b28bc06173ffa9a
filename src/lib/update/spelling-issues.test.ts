import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpeller } from './spelling.ts';
import { spellingIssues } from './spelling-issues.ts';
import { formatReport } from './report.ts';

const speller = loadSpeller(resolve('docs/spelling/ka.txt'));

describe('spellingIssues', () => {
  it('spellingIssues warns on an unknown word with suggestions and on a banned variant, where the text is', () => {
    const issues = spellingIssues(
      [{ kind: 'data', where: 'data/programs.csv:7 note_ka', text: 'პროგრამა მობილობის ცენტრებში გაგრძელდა.', file: 'data/programs.csv', row: 7, column: 'note_ka' }],
      speller,
    );
    expect(issues.map((i) => [i.severity, i.code, i.file, i.row, i.column, i.found])).toEqual([
      ['warning', 'spelling', 'data/programs.csv', 7, 'note_ka', 'მობილობის'],
      ['warning', 'glossary', 'data/programs.csv', 7, 'note_ka', 'მობილობ'],
    ]);
    expect(issues[0]!.hint!.ka).toMatch(/docs\/spelling\/ka\.txt/);
    const report = formatReport(issues, 'ka');
    expect(report).toContain('გაფრთხილება: სტრიქონი 7');
    expect(report).toContain('მობილურობის ცენტრი');
  });
  it('spellingIssues finds nothing in correct text', () => {
    expect(spellingIssues([{ kind: 'narrative', where: 'x', text: 'პროგრამა 2018 წლის სექტემბერში სხვა სამინისტროში გადავიდა.' }], speller)).toEqual([]);
  });
});
