import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { narrativeIssues } from '../content/narratives.ts';
import { errorsOf, type DataIssue } from '../validation/issues.ts';
import { loadData } from '../validation/load.ts';
import { formatReport } from './report.ts';
import { FIXTURE_DATA } from '../../../tests/support/fixture-data.ts';

const BAD = resolve('tests/fixtures/bad');
const tmp = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The first error the loader reports for a bad-input case (the frozen fixture data with the case's files laid over). */
function caseIssue(name: string): DataIssue {
  const dir = join(tmp, name);
  cpSync(FIXTURE_DATA, dir, { recursive: true });
  const expected = JSON.parse(readFileSync(join(BAD, name, 'expected.json'), 'utf8')) as { delete?: string[] };
  for (const f of readdirSync(join(BAD, name)).filter((f) => f.endsWith('.csv'))) writeFileSync(join(dir, f), readFileSync(join(BAD, name, f)));
  for (const f of expected.delete ?? []) rmSync(join(dir, f));
  return errorsOf(loadData(dir).issues)[0]!;
}

const cases = readdirSync(BAD).filter((n) => existsSync(join(BAD, n, 'expected.json')));

describe('the check report', () => {
  it.each(cases)('formatReport explains %s in Georgian and in English', (name) => {
    const issue = caseIssue(name);
    for (const lang of ['ka', 'en'] as const) {
      const text = formatReport([issue], lang);
      expect(text.split('\n')[0]).toBe(issue.file);
      if (issue.row !== undefined) expect(text).toContain(`${lang === 'ka' ? 'სტრიქონი' : 'Row'} ${issue.row}`);
      else expect(text).toContain(lang === 'ka' ? 'მთელი ფაილი' : 'The whole file');
      if (issue.column) expect(text).toContain(issue.columnLabel ? `${issue.columnLabel[lang]} (${issue.column})` : issue.column);
      expect(text).toContain(`${lang === 'ka' ? 'მოსალოდნელი იყო' : 'Expected'}: ${issue.expected[lang]}`);
      if (issue.hint) expect(text).toContain(`${lang === 'ka' ? 'როგორ გავასწოროთ' : 'How to fix'}: ${issue.hint[lang]}`);
      expect(text.trim().split('\n').at(-1)).toBe(lang === 'ka' ? 'შეცდომა: 1, გაფრთხილება: 0. შეასწორეთ შეცდომები; მანამდე ვერაფერი გამოქვეყნდება.' : '1 error(s), 0 warning(s). Fix the errors; nothing can be published until then.');
    }
  });

  it('formatReport shows the row as the spreadsheet has it, to find it', () => {
    const issue = caseIssue('thousands-separator-space');
    const text = formatReport([issue], 'en', () => ['2017', '2017-04-20', '2018-02-20', '590 000']);
    expect(text).toContain('Row 4 (2017 | 2017-04-20 | 2018-02-20 | …) — Column: Budget (budget_gel)');
    expect(text).toContain('How to fix: write 590000, without a thousands separator');
    expect(formatReport([issue], 'ka')).toContain('როგორ გავასწოროთ: ჩაწერეთ 590000, ათასეულების გამყოფის გარეშე');
  });

  it('formatReport explains narrative problems in both languages, with the text line', () => {
    const entry = { id: '2017.ka', data: { year: 2017, lang: 'ka' as const, status: 'published' as const, published: '2026-11-25', summary: 's' }, body: 'x\nბიუჯეტი 590000 ლარი' };
    const issues = narrativeIssues([entry], [2017]);
    const en = formatReport(issues, 'en');
    const ka = formatReport(issues, 'ka');
    expect(en).toContain('content/years/2017.ka.mdx\n  Line 2\n    Found: 590000');
    expect(ka).toContain('ხაზი 2');
    expect(en).toContain('content/years/2017.en.mdx');
    expect(ka).toContain('დაწერეთ და გამოაქვეყნეთ ეს ენაც');
  });

  it('formatReport lists warnings after errors and does not count them as errors', () => {
    const warning: DataIssue = { severity: 'warning', file: 'data/programs.csv', row: 3, code: 'w', expected: { en: 'e', ka: 'ე' } };
    const error = caseIssue('count-negative');
    const text = formatReport([warning, error], 'en');
    expect(text.indexOf('Warning:')).toBeGreaterThan(text.indexOf(`Row ${error.row}`));
    expect(text).toContain('1 error(s), 1 warning(s)');
    expect(formatReport([warning], 'en')).toContain('No errors. 1 warning(s).');
  });
});
