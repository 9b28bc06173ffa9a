/**
 * The update desk (/update/, /en/update/) in real Chromium against the built site: every
 * bad-input fixture dropped on the Georgian page gives the same file, row, column and code as
 * the build's loader (what `npm run check:data` prints) gives for the same files laid over the
 * published data; the site's own XLSX comes back ready; the bad inputs an officer may choose
 * (empty, not CSV, unknown dataset, two files for one dataset, 20 MB) each get a message; and
 * nothing is requested from another origin. One browser, one load per language.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, DIST, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { errorsOf, formatIssue, type DataIssue } from '../../src/lib/validation/issues.ts';
import { loadData } from '../../src/lib/validation/load.ts';
import { datasets, slugs } from '../../src/schemas/index.ts';
import { cspViolations, downloaded, watchCsp } from '../support/browser-watch.ts';

const BAD = join(process.cwd(), 'tests/fixtures/bad');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const temps: string[] = [];

interface Found {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  severity: string;
}

const key = (i: Found) => `${i.severity} ${i.file} ${i.row ?? '-'} ${i.column ?? '-'} ${i.code}`;
const keyOf = (i: DataIssue) => key({ file: i.file, row: i.row ?? null, column: i.column ?? null, code: i.code, severity: i.severity });

/** The published CSV files (what the desk fills in) with the case's files laid over them, in a temporary folder. */
function overlayDir(files: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-'));
  temps.push(dir);
  for (const s of slugs) copyFileSync(join(DIST, 'data', datasets[s].file), join(dir, datasets[s].file));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

/** Choose files on the page and wait for the report of that run. */
/** A file chosen from the disk: written under a fresh folder with its own name. */
function onDisk(file: { name: string; buffer: Buffer }): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-'));
  temps.push(dir);
  const path = join(dir, file.name);
  writeFileSync(path, file.buffer);
  return path;
}

async function choose(files: { name: string; buffer: Buffer; mimeType?: string }[]): Promise<{ found: Found[]; summary: string; text: string }> {
  const before = Number((await page.getAttribute('[data-desk]', 'data-checked')) ?? '0');
  // With a large file, the files go by path, as a reader's file chooser gives them (the browser
  // types each by its extension): handed over as buffers, Playwright would copy 20 MB through
  // DevTools in base64, about 10 s of the browser's time. Playwright takes paths or buffers,
  // not both at once.
  const large = files.some((f) => f.buffer.length > 1024 * 1024);
  await page.setInputFiles('#desk-files', large ? files.map(onDisk) : files.map((f) => ({ mimeType: f.mimeType ?? 'text/csv', ...f })));
  await page.waitForSelector(`[data-desk][data-checked="${before + 1}"], [data-desk][data-error]`, { timeout: 120_000 });
  const error = await page.getAttribute('[data-desk]', 'data-error');
  if (error) throw new Error(`the desk failed: ${error}`);
  return page.evaluate(() => ({
    found: [...document.querySelectorAll<HTMLElement>('[data-report] li.issue')].map((li) => ({
      file: li.dataset.file!,
      row: li.dataset.row ? Number(li.dataset.row) : null,
      column: li.dataset.column ?? null,
      code: li.dataset.code!,
      severity: li.dataset.severity!,
    })),
    summary: document.querySelector('[data-report] .summary')?.textContent ?? '',
    text: document.querySelector('[data-report]')?.textContent ?? '',
  }));
}

beforeAll(async () => {
  ({ browser, server } = await openSite());
  context = await browser.newContext({ acceptDownloads: true });
  // `npm test` runs this beside builds and other browser files: handing a 20 MB file to the
  // page, or checking it, can take more than Playwright's default 30 s on a busy 2-core machine.
  context.setDefaultTimeout(120_000);
  context.on('request', (r) => requests.push(r.url()));
  await watchCsp(context);
  page = await context.newPage();
  await page.goto(new URL('update/', server.url).href);
});

afterAll(async () => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  await context?.close();
  await closeSite(browser, server);
});

describe('the update desk (Georgian page)', () => {
  it('loads only its small script until a file is chosen, and the chooser is reached by keyboard', async () => {
    expect(await page.isVisible('#desk-files')).toBe(true);
    expect(requests.some((u) => /desk-run/.test(u))).toBe(false);
    expect(requests.some((u) => /\/data\/.*\.csv$/.test(u))).toBe(false);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'desk-files');
    }
    expect(reached).toBe(true);
  });

  const cases = readdirSync(BAD, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .filter((name) => !JSON.parse(readFileSync(join(BAD, name, 'expected.json'), 'utf8')).delete); // the desk fills a file not chosen from the site

  it(`gives, for each of the ${cases.length} bad-input fixtures, the same file, row, column and code as the build's loader`, async () => {
    const mismatches: string[] = [];
    let withErrors = 0;
    for (const name of cases) {
      const files = Object.fromEntries(readdirSync(join(BAD, name)).filter((f) => f !== 'expected.json').map((f) => [f, readFileSync(join(BAD, name, f))]));
      const expected = loadData(overlayDir(files)).issues;
      const { found } = await choose(Object.entries(files).map(([n, buffer]) => ({ name: n, buffer })));
      const want = expected.map(keyOf).sort();
      // The desk, like `npm run check`, also asks for revision notes once the data reads cleanly; check:data does not.
      const got = found.filter((f) => f.code !== 'revision_needed').map(key).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) mismatches.push(`${name}:\n  check: ${want.join('\n         ')}\n  desk:  ${got.join('\n         ')}`);
      if (errorsOf(expected).length) withErrors++;
    }
    expect(mismatches).toEqual([]);
    // Laid over the live published data instead of the frozen fixture, a case may stop being an
    // error (a year the fixture lacked exists now); nearly all must still be one.
    expect(withErrors).toBeGreaterThanOrEqual(cases.length - 3);
  });

  it('names the file, row and column of a bad cell, and what to do, in Georgian', async () => {
    const dir = join(BAD, 'unknown-source-id');
    const { found, text, summary } = await choose([{ name: 'programs.csv', buffer: readFileSync(join(dir, 'programs.csv')) }]);
    expect(found).toContainEqual({ file: 'data/programs.csv', row: 4, column: 'source_id', code: 'unknown_source_id', severity: 'error' });
    expect(text).toContain('სტრიქონი 4');
    expect(text).toContain('სვეტი');
    expect(text).toContain('როგორ გავასწოროთ');
    expect(summary).toMatch(/^შეცდომა: \d+/);
    // The live region announces the verdict.
    expect(await page.textContent('[role="status"]')).toBe(summary);
    // The same line as the command line gives, word for word, for the same issue.
    const line = formatIssue(loadData(overlayDir({ 'programs.csv': readFileSync(join(dir, 'programs.csv')) })).issues.find((i) => i.code === 'unknown_source_id')!, 'ka');
    expect(line).toContain('data/programs.csv, სტრიქონი 4, სვეტი source_id');
  });

  it('names the separator problem of a semicolon file', async () => {
    const { found, text } = await choose([{ name: 'beneficiaries.csv', buffer: readFileSync(join(BAD, 'separator-semicolon/beneficiaries.csv')) }]);
    expect(found.map((f) => f.code)).toEqual(['separator']);
    expect(text).toContain('მძიმით');
  });

  it('accepts the site\'s own XLSX unchanged as ready to publish, also with its sheet renamed', async () => {
    const xlsx = readFileSync(join(DIST, 'data/programs.xlsx'));
    const ready = await choose([{ name: 'programs.xlsx', buffer: xlsx, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }]);
    expect(ready.found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ready.summary).toMatch(/^მზად არის გამოსაქვეყნებლად/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    wb.getWorksheet('data')!.name = 'ფურცელი1';
    wb.getWorksheet('columns')!.name = 'data-columns';
    const renamed = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await choose([{ name: 'programs (1).xlsx', buffer: renamed }]);
    expect(again.found.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names the row and column of a figure typed wrong in the XLSX, and an edited header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(DIST, 'data/programs.xlsx')) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('data')!;
    const names = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => String((v as { richText?: { text: string }[] }).richText?.map((r) => r.text).join('') ?? v).split('\n').pop()!.trim());
    const col = names.indexOf('budget_gel') + 1;
    sheet.getRow(3).getCell(col).value = '590 000';
    const typed = await choose([{ name: 'programs.xlsx', buffer: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    expect(typed.found).toContainEqual(expect.objectContaining({ file: 'data/programs.csv', row: 3, column: 'budget_gel', severity: 'error' }));

    sheet.getRow(3).getCell(col).value = null;
    sheet.getRow(1).getCell(col).value = 'Budget';
    const header = await choose([{ name: 'programs.xlsx', buffer: Buffer.from(await wb.xlsx.writeBuffer()) }]);
    expect(header.found.map((f) => f.code)).toEqual(expect.arrayContaining(['unknown_column']));
  });

  it('gives a clear message for an empty file, a file that is not CSV or XLSX, an unknown dataset, two files for one dataset and a 20 MB file', async () => {
    const programs = readFileSync(join(DIST, 'data/programs.csv'));
    const { found, text } = await choose([
      { name: 'trainings.csv', buffer: Buffer.alloc(0) },
      { name: 'notes.docx', buffer: Buffer.from('PK not really') },
      { name: 'budget.csv', buffer: programs },
      { name: 'services.csv', buffer: readFileSync(join(DIST, 'data/services.csv')) },
      { name: 'services.xlsx', buffer: readFileSync(join(DIST, 'data/services.xlsx')) },
      { name: 'sources.csv', buffer: Buffer.alloc(20 * 1024 * 1024, 0x61) },
      { name: 'statements.xlsx', buffer: Buffer.from('not a zip') },
    ]);
    expect(found.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.code}`).sort()).toEqual(
      ['data/trainings.csv empty_file', 'notes.docx not_csv_or_xlsx', 'budget.csv unknown_dataset', 'data/services.csv two_files', 'data/sources.csv too_large', 'data/statements.csv not_xlsx'].sort(),
    );
    expect(text).not.toMatch(/\bat \w+ \(|TypeError|undefined/);
  });

  it('previews a changed figure with its revision form, writes revisions.csv, and hands over files the build accepts', async () => {
    const published = readFileSync(join(DIST, 'data/programs.csv'), 'utf8');
    const lines = published.split('\n');
    const header = lines[0]!.split(',');
    const col = header.indexOf('budget_gel');
    // The first row with a budget: change it by one lari.
    const at = lines.findIndex((l, i) => i > 0 && /^\d+$/.test(l.split(',')[col] ?? ''));
    const cells = lines[at]!.split(',');
    const before = cells[col]!;
    cells[col] = String(Number(before) + 1);
    lines[at] = cells.join(',');
    const changed = Buffer.from(lines.join('\n'));
    const first = await choose([{ name: 'programs.csv', buffer: changed }]);
    expect(first.found.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({ file: 'data/programs.csv', row: at + 1, column: 'budget_gel', code: 'revision_needed' })]);
    const rowKey = cells[header.indexOf('year')]!;
    expect(await page.textContent(`[data-change="programs/${rowKey}/budget_gel"]`)).toContain(`${before} → ${cells[col]}`);

    await page.fill('#reason-0-ka', 'წყაროში შესწორებული თანხა.');
    await page.fill('#reason-0-en', 'The source corrected the amount.');
    const before2 = Number(await page.getAttribute('[data-desk]', 'data-checked'));
    await page.click('[data-revisions] button[type="submit"]');
    await page.waitForSelector(`[data-desk][data-checked="${before2 + 1}"]`, { timeout: 120_000 });
    expect(await page.textContent('[data-report] .summary')).toMatch(/^მზად არის გამოსაქვეყნებლად/);

    // Take the files away one by one, and check them as the build does.
    const taken: Record<string, Buffer> = {};
    for (const name of ['programs.csv', 'revisions.csv']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-downloads] a[download="${name}"]`)]);
      taken[name] = await downloaded(download);
    }
    expect(taken['programs.csv']!.equals(changed)).toBe(true);
    expect(taken['revisions.csv']!.toString('utf8')).toContain(`programs,${rowKey},budget_gel,revised`);
    expect(taken['revisions.csv']!.toString('utf8').startsWith(readFileSync(join(DIST, 'data/revisions.csv'), 'utf8'))).toBe(true);
    expect(errorsOf(loadData(overlayDir(taken)).issues)).toEqual([]);
    const [zip] = await Promise.all([page.waitForEvent('download'), page.click('[data-downloads] a[download="data-update.zip"]')]);
    expect((await downloaded(zip)).subarray(0, 2).toString()).toBe('PK');
  });

  it('finds nothing for axe with the report shown, and nothing left the origin or broke the policy', async () => {
    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('the update desk (English page)', () => {
  it('reports in English', async () => {
    const p = await context.newPage();
    await p.goto(new URL('en/update/', server.url).href);
    await p.setInputFiles('#desk-files', [{ name: 'beneficiaries.csv', mimeType: 'text/csv', buffer: readFileSync(join(BAD, 'separator-semicolon/beneficiaries.csv')) }]);
    await p.waitForSelector('[data-desk][data-checked="1"], [data-desk][data-error]', { timeout: 120_000 });
    expect(await p.getAttribute('[data-desk]', 'data-error')).toBeNull();
    expect(await p.textContent('[data-report] .summary')).toMatch(/^1 error\(s\)/);
    expect(await p.textContent('[data-report]')).toContain('Expected');
    await p.close();
  });
});

// Keep the command line honest too: check:data on one overlay prints the issue the desk showed.
describe('npm run check:data on the same files', () => {
  it('prints the unknown source id the desk reported, naming file, row and column', () => {
    const dir = overlayDir({ 'programs.csv': readFileSync(join(BAD, 'unknown-source-id/programs.csv')) });
    const r = spawnSync('node', ['scripts/check-data.ts', '--data', dir], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/programs\.csv, სტრიქონი 4, სვეტი source_id/);
  });
});
