/**
 * The ministry's annual update, end to end, as docs/annual-update.en.md describes it, on a
 * temporary copy of the project: scaffold the next free year (the year after the last one in
 * data/programs.csv, so this keeps working after every real update), build (the draft keeps
 * the year out), fill a budget with its source and counts by service, publish both narratives,
 * build again, and find the year in the budget chart, the tables, the year pages in both
 * languages (with the narratives as the update desk's form writes them), the CSV/JSON downloads and datapackage.json. Then the whole unit suite runs on
 * that updated copy and must pass: no test may depend on the live data staying as it is.
 *
 * The draft build is made under a base path (BASE_PATH=/reintegration/), and the checks of a
 * site served from a sub-folder run on it (tests/support/base-path-site.ts): one whole build
 * serves both. The published build is made at the root, from a clean .astro/ and dist/.
 * The new year's figures are test values, not data.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { narrativeFiles } from '../../src/lib/desk/narrative.ts';
import { formatGel } from '../../src/lib/i18n/format.ts';
import { liveTables, nextFreeYear, ROOT } from '../support/fixture-data.ts';
import { copyProject, plainEnv } from '../support/project-copy.ts';
import { BASE, BASE_PREFIX, brokenAddresses, embedFit, failedRequestsByKind, searchLinks } from '../support/base-path-site.ts';
import { builtPages, closeSite, launch } from '../../scripts/lib/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import type { Browser } from 'playwright-core';

const year = nextFreeYear();
const previous = liveTables().programs.find((p) => p.year === year - 1)?.budget_gel ?? null;
/** 50,000 more than the year before, so the derived change reads +GEL 50,000. */
const budget = (previous ?? 650_000) + 50_000;
let project: string;

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', env: plainEnv(env), maxBuffer: 1 << 26, timeout: 600_000 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
/** The same, started in the background: its output goes to a file, so a full pipe cannot stall it. */
function start(args: string[], log: string): Promise<{ status: number | null; out: () => string }> {
  writeFileSync(log, '');
  const fd = openSync(log, 'a');
  const child = spawn(process.execPath, args, { cwd: project, env: plainEnv(), stdio: ['ignore', fd, fd], timeout: 600_000 });
  return new Promise((done) => child.on('close', (status) => done({ status, out: () => readFileSync(log, 'utf8') })));
}
/** The unit suite on the updated copy, started once its data is filled in (it needs no build). */
let unitSuite: Promise<{ status: number | null; out: () => string }> | undefined;
const unitReport = () => join(project, 'unit-report.json');
const build = (env: NodeJS.ProcessEnv = {}) => run(['node_modules/astro/bin/astro.mjs', 'build'], env);
const read = (p: string) => readFileSync(join(project, p), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const spaced = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(() => {
  project = copyProject('annual-update-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe(`adding the next program year (${year})`, () => {
  it(`new-year scaffolds ${year} and refuses it a second time`, () => {
    const first = run(['scripts/new-year.ts', String(year)]);
    expect(first.status, first.out).toBe(0);
    expect(read('data/programs.csv')).toMatch(new RegExp(`\\n${year},,,,,not_reported,`));
    expect(read(`content/years/${year}.ka.mdx`)).toContain('status: draft');
    const again = run(['scripts/new-year.ts', String(year)]);
    expect(again.status).toBe(1);
    expect(again.out).toContain(`${year} is already in data/programs.csv`);
    expect(again.out).toContain('უკვე არის');
  });

  it(`while its narratives are drafts, ${year} is nowhere on the built site`, () => {
    // Built under a base path: the same build also serves the base-path checks below.
    const r = build({ BASE_PATH: BASE });
    expect(r.status, r.out.slice(-3000)).toBe(0);
    expect(existsSync(join(project, `dist/years/${year}`))).toBe(false);
    expect(existsSync(join(project, `dist/years/${year - 1}/index.html`))).toBe(true);
    expect(read('dist/data/programs.csv')).not.toMatch(new RegExp(`^${year},`, 'm'));
    expect(read('dist/charts/budget-by-year.csv')).not.toMatch(new RegExp(`^${year},`, 'm'));
    expect(read('dist/data/datapackage.json')).not.toContain(`added-${year}`);
  });

  describe(`that site, served under a base path (BASE_PATH=${BASE})`, () => {
    let browser: Browser;
    let based: StaticServer;
    const out = () => join(project, 'dist');
    beforeAll(async () => {
      const index = run(['scripts/search-index.ts', out()]);
      expect(index.status, index.out).toBe(0);
      based = await serveDir(out(), BASE);
      browser = await launch();
    });
    afterAll(() => closeSite(browser, based));

    it('every link, anchor, image, stylesheet, script, font and card of every page resolves under the base path', () => {
      expect(builtPages(out()).length).toBeGreaterThan(50);
      const { refs, broken } = brokenAddresses(out(), based);
      expect(refs).toBeGreaterThan(500);
      expect(broken).toEqual([]);
    });

    it('one page of each kind, loaded in Chromium under the base path, asks only for what exists (scripts, fonts, Pagefind included)', async () => {
      const { kinds, broken } = await failedRequestsByKind(browser, out(), based);
      expect(kinds).toBeGreaterThan(15);
      expect(broken).toEqual([]);
    });

    it('search, the feed, the sitemap, robots.txt, the embed code and _headers all carry the base path', async () => {
      const hrefs = await searchLinks(browser, based, 'medical');
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => !h.startsWith(`${BASE}en/`))).toEqual([]);
      expect(read('dist/rss.xml')).toMatch(new RegExp(`<link>${BASE_PREFIX.replace(/[.]/g, '\\.')}(data/changes/#|releases/)`));
      expect(read('dist/sitemap-0.xml')).toContain(`<loc>${BASE_PREFIX}en/budget/</loc>`);
      expect(read('dist/robots.txt')).toContain(`Sitemap: ${BASE_PREFIX}sitemap-index.xml`);
      expect(read('dist/budget/index.html')).toContain(`&lt;iframe src=&quot;${BASE_PREFIX}embed/budget-by-year/&quot;`);
      const headers = read('dist/_headers');
      expect(headers).toContain(`\n${BASE}*\n`);
      expect(headers).toContain(`\n${BASE}en/search/\n`);
    });

    it('an embed from the base-path build fits its frame on another site', async () => {
      const embed = await embedFit(browser, based, 'budget-by-year');
      try {
        expect(embed.code).toContain(`src="${based.url}en/embed/budget-by-year/"`);
        await expect.poll(embed.gap).toBeLessThanOrEqual(1);
      } finally {
        await embed.close();
      }
    });
  });

  it(`once filled and published, ${year} is in the chart, tables, year pages, downloads and datapackage`, () => {
    // Rows are written by column name, so the test follows the files' columns as they grow.
    const header = (file: string) => read(file).split('\n', 1)[0]!.split(',');
    const row = (file: string, cells: Record<string, string | number>) => header(file).map((c) => cells[c] ?? '').join(',');
    const scaffolded = `\n${row('data/programs.csv', { year, breakdown: 'not_reported' })}\n`;
    expect(read('data/programs.csv')).toContain(scaffolded);
    const filled = row('data/programs.csv', {
      year, budget_gel: budget, persons_served: 120, breakdown: 'exact', service_directions: 4, administered_by: 'agency',
      source_id: 'report-2018-06', source_ref: 'test fixture', administered_by_source_id: 'scmi-16',
      budget_comparison: 'exact', budget_stage: 'allocated', persons_comparison: 'exact', persons_stage: 'served', year_basis: 'stated',
    });
    writeFileSync(join(project, 'data/programs.csv'), read('data/programs.csv').replace(scaffolded, `\n${filled}\n`));
    const counts: [string, number][] = [['income_projects', 70], ['medical', 30], ['vocational', 15], ['housing', 5]];
    writeFileSync(
      join(project, 'data/beneficiaries.csv'),
      read('data/beneficiaries.csv') +
        counts.map(([service_id, persons]) => row('data/beneficiaries.csv', { year, service_id, persons, source_id: 'report-2018-06', source_ref: 'test fixture', persons_comparison: 'exact', persons_stage: 'served' })).join('\n') +
        '\n',
    );
    // The narratives as the update desk's form writes them (src/lib/desk/narrative.ts), published,
    // with a figure from the picker: the build must take them as written.
    const figure = `<Value dataset="programs" row="${year}" column="budget_gel" />`;
    for (const file of narrativeFiles({
      year, status: 'published', published: '2026-12-02',
      text: {
        ka: { summary: `${year} წელი: პროგრამა გაგრძელდა.`, body: `${year} წლის 20 აპრილს პროგრამის ბიუჯეტი იყო ${figure}.\n\nმეორე აბზაცი.` },
        en: { summary: `${year}: the program went on.`, body: `On 20 April ${year} the program's budget was ${figure}.\n\nA second paragraph.` },
      },
    })) writeFileSync(join(project, file.path), file.text);
    // The update is in the files now: the unit suite runs on them while the site builds (the
    // last test waits for it), one build's time sooner on two cores.
    // The unit project only: this file and the other whole-build tests are in the build project.
    unitSuite = start(['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--reporter=json', `--outputFile=${unitReport()}`], join(project, 'unit-run.log'));
    // The ministry's build, at the site's root: nothing kept from the base-path build above.
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    rmSync(join(project, '.astro'), { recursive: true, force: true });
    const r = build();
    expect(r.status, r.out.slice(-3000)).toBe(0);

    const budgetEn = text(read('dist/en/budget/index.html'));
    expect(budgetEn).toContain(`${year}: ${spaced(formatGel(budget, 'en'))}`);
    expect(text(read('dist/budget/index.html'))).toContain(`${year}: ${spaced(formatGel(budget, 'ka'))}`);
    if (previous !== null) expect(budgetEn).toContain('+GEL 50,000'); // the derived change from the year before, computed

    const yearEn = text(read(`dist/en/years/${year}/index.html`));
    expect(yearEn).toContain(spaced(formatGel(budget, 'en')));
    expect(yearEn).toContain(`budget was ${spaced(formatGel(budget, 'en'))}`); // the desk's text, with its figure from the data
    expect(text(read('dist/en/years/index.html'))).toContain(`${year}: the program went on.`);
    expect(yearEn).toContain('120');
    expect(text(read(`dist/years/${year}/index.html`))).toContain(spaced(formatGel(budget, 'ka')));
    expect(text(read('dist/en/beneficiaries/index.html'))).toContain(String(year));

    const csv = read('dist/data/programs.csv');
    expect(csv).toMatch(new RegExp(`^${year},,,${budget},120,exact,`, 'm'));
    const json = JSON.parse(read('dist/data/beneficiaries.json')) as { year: number; persons: number }[];
    expect(json.filter((r) => r.year === year).reduce((s, r) => s + r.persons, 0)).toBe(120);
    expect(read('dist/charts/budget-by-year.csv')).toMatch(new RegExp(`^${year},${budget},exact,`, 'm'));

    const pkg = JSON.parse(read('dist/data/datapackage.json')) as { resources: { name: string; hash: string; bytes: number }[] };
    const programsResource = pkg.resources.find((x) => x.name === 'programs')!;
    expect(programsResource.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(join(project, 'dist/data/programs.csv'))).digest('hex')}`);
  });

  it('then the unit suite passes on the updated copy', async () => {
    expect(existsSync(join(project, `dist/years/${year}/index.html`)), 'the update above ran').toBe(true);
    expect(unitSuite, 'the unit suite was started on the filled copy').toBeDefined();
    const r = await unitSuite!;
    const report = unitReport();
    expect(existsSync(report), r.out().slice(-3000)).toBe(true);
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      numTotalTests: number;
      testResults: { name: string; status: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
    };
    const files = result.testResults.map((f) => ({ ...f, name: f.name.slice(project.length + 1) }));
    // The whole unit suite ran, not a part of it.
    expect(files.length).toBe(countTests('src') + countTests('scripts') + countTests('tests', ['build']));
    expect(result.numTotalTests).toBeGreaterThan(500);

    const failed = files.filter((f) => f.status !== 'passed');
    expect(
      failed.flatMap((f) => f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${f.name} › ${a.fullName}\n${a.failureMessages[0]?.split('\n')[0] ?? ''}`)),
      `unit tests that fail after the annual update to ${year}`,
    ).toEqual([]);
  });
});

/** How many *.test.ts files are under a folder of the project, leaving out some subfolders. */
function countTests(dir: string, skip: string[] = []): number {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts') && !skip.some((s) => f.startsWith(`${s}/`))).length;
}
