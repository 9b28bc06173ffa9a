/**
 * The ministry's annual update, end to end, on a temporary copy of the project: scaffold 2019,
 * build (the draft keeps 2019 out), fill a budget and counts, publish both narratives, build
 * again, and find 2019 in the budget chart, the tables, the year pages in both languages, the
 * CSV/JSON downloads and datapackage.json. The 2019 figures are test fixtures, not data.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
let project: string;

function run(args: string[]): { status: number | null; out: string } {
  const env = { ...process.env };
  delete env.DATA_DIR;
  const r = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', env, maxBuffer: 1 << 26 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
const build = () => run(['node_modules/astro/bin/astro.mjs', 'build']);
const read = (p: string) => readFileSync(join(project, p), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'annual-update-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'data', 'content', 'public', 'src']) {
    cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('adding a program year', () => {
  it('new-year scaffolds 2019 and refuses it a second time', () => {
    const first = run(['scripts/new-year.ts', '2019'].map((a, i) => (i === 0 ? join(ROOT, a) : a)));
    expect(first.status, first.out).toBe(0);
    expect(read('data/programs.csv')).toMatch(/\n2019,,,,,not_reported,/);
    expect(read('content/years/2019.ka.mdx')).toContain('status: draft');
    const again = run([join(ROOT, 'scripts/new-year.ts'), '2019']);
    expect(again.status).toBe(1);
    expect(again.out).toContain('2019 is already in data/programs.csv');
    expect(again.out).toContain('უკვე არის');
  });

  it('while its narratives are drafts, 2019 is nowhere on the built site', () => {
    const r = build();
    expect(r.status, r.out.slice(-3000)).toBe(0);
    expect(existsSync(join(project, 'dist/years/2019'))).toBe(false);
    expect(existsSync(join(project, 'dist/years/2018/index.html'))).toBe(true);
    expect(read('dist/data/programs.csv')).not.toMatch(/^2019,/m);
    expect(read('dist/charts/budget-by-year.csv')).not.toMatch(/^2019,/m);
    expect(read('dist/data/datapackage.json')).not.toContain('added-2019');
  }, 180_000);

  it('once filled and published, 2019 is in the chart, tables, year pages, downloads and datapackage', () => {
    const programs = read('data/programs.csv').replace(/\n2019,,,,,not_reported,,,,,,,,\n/, '\n2019,,,700000,120,exact,4,agency,report-2018-06,test fixture,,scmi-16,,\n');
    writeFileSync(join(project, 'data/programs.csv'), programs);
    writeFileSync(
      join(project, 'data/beneficiaries.csv'),
      read('data/beneficiaries.csv') + ['2019,income_projects,70', '2019,medical,30', '2019,vocational,15', '2019,housing,5'].map((r) => `${r},report-2018-06,test fixture,,`).join('\n') + '\n',
    );
    for (const lang of ['ka', 'en']) {
      const p = `content/years/2019.${lang}.mdx`;
      writeFileSync(join(project, p), read(p).replace('status: draft', 'status: published'));
    }
    const r = build();
    expect(r.status, r.out.slice(-3000)).toBe(0);

    const budgetEn = text(read('dist/en/budget/index.html'));
    expect(budgetEn).toMatch(/2019: GEL\s700,000/);
    expect(text(read('dist/budget/index.html'))).toMatch(/2019: 700\s000\s₾/);
    expect(budgetEn).toContain('+GEL 50,000'); // the derived change from 2018, computed

    const yearEn = text(read('dist/en/years/2019/index.html'));
    expect(yearEn).toContain('GEL 700,000');
    expect(yearEn).toContain('120');
    expect(text(read('dist/years/2019/index.html'))).toMatch(/700\s000\s₾/);
    expect(text(read('dist/en/beneficiaries/index.html'))).toContain('2019');

    const csv = read('dist/data/programs.csv');
    expect(csv).toMatch(/^2019,,,700000,120,exact,/m);
    const json = JSON.parse(read('dist/data/beneficiaries.json')) as { year: number; persons: number }[];
    expect(json.filter((r) => r.year === 2019).reduce((s, r) => s + r.persons, 0)).toBe(120);
    expect(read('dist/charts/budget-by-year.csv')).toMatch(/^2019,700000$/m);

    const pkg = JSON.parse(read('dist/data/datapackage.json')) as { resources: { name: string; hash: string; bytes: number }[] };
    const programsResource = pkg.resources.find((x) => x.name === 'programs')!;
    expect(programsResource.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(join(project, 'dist/data/programs.csv'))).digest('hex')}`);
  }, 180_000);
});
