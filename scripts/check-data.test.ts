/**
 * `npm run check:data` as a person runs it: a child process on the live data (which must pass)
 * and on a copy of the frozen fixture data with one mistake; it prints one line per problem and
 * no stack trace. The other bad folders go through the same report in-process
 * (scripts/lib/check-data-report.ts, all the CLI prints): a process each cost about 2 s.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { slugs } from '../src/schemas/index.ts';
import { checkDataReport } from './lib/check-data-report.ts';
import { copyFixtureData } from '../tests/support/fixture-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'scripts/check-data.ts');
const STACK = /^\s+at .+[:(]\d+:\d+\)?$|\b(TypeError|ReferenceError|SyntaxError|RangeError)\b|node:internal/m;

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A temp folder holding `data/`: the frozen fixture data with a bad-input case laid over it. */
function copyWith(fixture: string): string {
  const { root: tmp, data: dir } = copyFixtureData('reintegration-check-');
  temps.push(tmp);
  const caseDir = join(root, 'tests/fixtures/bad', fixture);
  const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as { delete?: string[] };
  for (const f of readdirSync(caseDir)) if (f !== 'expected.json') copyFileSync(join(caseDir, f), join(dir, f));
  for (const f of expected.delete ?? []) rmSync(join(dir, f));
  return tmp;
}

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', timeout: 100_000 });
  const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

/** The same report in-process: what the CLI would print, and its exit code. A throw fails the test. */
function report(data: string, lang: 'en' | 'ka', cwd = root) {
  const { lines, exitCode } = checkDataReport({ data, lang, cwd });
  const stdout = lines.join('\n');
  return { code: exitCode, stdout, stderr: '', lines: lines.filter((l) => l.trim() !== '') };
}

it('runs on Node 24 (type stripping), as npm run check:data does', () => {
  expect(process.version.startsWith('v24')).toBe(true);
});

describe('check:data on the real data', () => {
  it('exits 0 and says, last, that all datasets pass (English)', () => {
    const r = run(['--lang', 'en']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(r.lines.at(-1)).toMatch(new RegExp(`^All ${slugs.length} datasets pass \\(\\d+ rows\\)`));
    // Only warnings above it, never an error.
    for (const l of r.lines.slice(0, -1)) expect(l.startsWith('warning: ')).toBe(true);
  });

  it('exits 0 and says, last, that all datasets pass (Georgian, the default)', () => {
    const r = run([]);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    expect(r.lines.at(-1)).toMatch(new RegExp(`^ყველა ${slugs.length} მონაცემთა ნაკრები გაიარა შემოწმება`));
  });
});

describe('check:data on a copy with budget "590 000" in programs.csv row 4', () => {
  it('exits 1 with exactly one error line naming file, row and column, and the fix (English)', () => {
    const tmp = copyWith('thousands-separator-space');
    const r = run(['--lang', 'en', '--data', 'data'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const problems = r.lines.slice(0, -1);
    expect(problems).toHaveLength(1);
    const line = problems[0]!;
    expect(line).toMatch(/^data\/programs\.csv, row 4, column budget_gel \(Budget\): /);
    expect(line).toContain('found "590 000"');
    expect(line).toContain('write 590000, without a thousands separator');
    expect(r.lines.at(-1)).toMatch(/^1 error\(s\), 0 warning\(s\)\./);
  });

  it('the same line in Georgian by default', () => {
    const tmp = copyWith('thousands-separator-space');
    const r = report('data', 'ka', tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const problems = r.lines.slice(0, -1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/programs\.csv, სტრიქონი 4, სვეტი budget_gel \(ბიუჯეტი\): /);
    expect(problems[0]).toContain('ჩაწერეთ 590000, ათასეულების გამყოფის გარეშე');
    expect(r.lines.at(-1)).toMatch(/^1 შეცდომა, 0 გაფრთხილება\./);
  });
});

describe('check:data never crashes on a bad file', () => {
  it.each([
    ['encoding-utf16', 'programs.csv'],
    ['encoding-windows-1252', 'programs.csv'],
    ['separator-semicolon', 'beneficiaries.csv'],
    ['empty-file', 'trainings.csv'],
    ['missing-file', 'mobility_centres.csv'],
    ['duplicated-column', 'sources.csv'],
    ['unclosed-quote', 'beneficiaries.csv'],
  ])('%s: exits 1 and names data/%s, without a stack trace', (fixture, file) => {
    const tmp = copyWith(fixture);
    const r = report('data', 'en', tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).not.toMatch(STACK);
    expect(r.lines.some((l) => l.startsWith(`data/${file}`))).toBe(true);
  });

  it('names the folder it was given, also for the rules across files', () => {
    const tmp = copyWith('unknown-source-id');
    const r = report(join(tmp, 'data'), 'en');
    expect(r.code).toBe(1);
    const problems = r.lines.filter((l) => !l.startsWith('warning: ')).slice(0, -1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(`${join(tmp, 'data')}/programs.csv, row 4, column source_id`)).toBe(true);
  });
});
