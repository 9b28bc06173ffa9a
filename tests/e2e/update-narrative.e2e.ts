/**
 * The update desk's narrative form in real Chromium against the built site: after a check, the
 * year's summary and text in both languages; a figure typed into the summary or the text is
 * refused with the check's own message (Georgian on /update/, English on /en/update/), on the
 * line of the file an editor shows, linked to its field and announced; a year in prose is not;
 * a figure inserted from the picker by keyboard shows formatted in the preview; the two MDX
 * files are handed over one by one and in the zip, and pass the narrative check `npm run check`
 * runs (the reader, the rules, every <Value> against the same data). One load per language.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, DIST, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { narrativeIssues } from '../../src/lib/content/narratives.ts';
import { readNarratives, valueIssues } from '../../src/lib/content/read-narratives.ts';
import { resolveValue } from '../../src/lib/content/value.ts';
import { errorsOf } from '../../src/lib/validation/issues.ts';
import { loadData, type Tables } from '../../src/lib/validation/load.ts';
import { datasets, slugs } from '../../src/schemas/index.ts';
import { runAxe } from '../support/axe.ts';
import { downloaded } from '../support/browser-watch.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const temps: string[] = [];
const programs = () => readFileSync(join(DIST, 'data/programs.csv'));

/** The data as the desk checks it: the page's release, with the chosen programs.csv laid over it. */
function deskData(release: string): { dir: string; tables: Tables } {
  const dir = mkdtempSync(join(tmpdir(), 'desk-narrative-data-'));
  temps.push(dir);
  for (const s of slugs) {
    const frozen = join(DIST, 'data/releases', release, datasets[s].file);
    copyFileSync(existsSync(frozen) ? frozen : join(DIST, 'data', datasets[s].file), join(dir, datasets[s].file));
  }
  writeFileSync(join(dir, 'programs.csv'), programs());
  const { tables, issues } = loadData(dir);
  expect(errorsOf(issues)).toEqual([]);
  return { dir, tables };
}

async function openDesk(p: Page, path: string): Promise<void> {
  await p.goto(new URL(path, server.url).href);
  await p.setInputFiles('#desk-files', [{ name: 'programs.csv', mimeType: 'text/csv', buffer: programs() }]);
  await p.waitForSelector('[data-desk][data-checked="1"], [data-desk][data-error]', { timeout: 60_000 });
  expect(await p.getAttribute('[data-desk]', 'data-error')).toBeNull();
  await p.waitForSelector('#narr-summary-ka');
}

/** The cell a `<Value … />` tag names. */
const refOf = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])) as { dataset: string; row: string; column: string };

/** The messages under a field, once the form's check has marked it and its message says `expected` (or has cleared it). */
async function messagesOf(p: Page, id: string, expected: string | null): Promise<string> {
  await p.waitForFunction(
    ([id, expected]) => {
      const input = document.getElementById(id!)!;
      const text = document.getElementById(input.getAttribute('aria-describedby')!)!.textContent ?? '';
      return expected === null ? !input.hasAttribute('aria-invalid') && text === '' : input.getAttribute('aria-invalid') === 'true' && text.includes(expected);
    },
    [id, expected] as const,
    { timeout: 10_000 },
  );
  return (await p.textContent(`#${(await p.getAttribute(`#${id}`, 'aria-describedby'))!}`)) ?? '';
}

beforeAll(async () => {
  ({ browser, server } = await openSite());
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await openDesk(page, 'update/');
});

afterAll(async () => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  await context?.close();
  await closeSite(browser, server);
});

describe('the narrative form (Georgian page)', () => {
  let year: number;
  let tables: Tables;
  let tag: string;

  it('is for the newest year of the checked data, with both languages labelled side by side', async () => {
    const release = (await page.getAttribute('[data-desk]', 'data-release'))!;
    tables = deskData(release).tables;
    year = Math.max(...tables.programs.map((p) => p.year));
    expect(await page.inputValue('#narr-year')).toBe(String(year));
    for (const id of ['narr-year', 'narr-figure', 'narr-summary-ka', 'narr-body-ka', 'narr-summary-en', 'narr-body-en']) {
      expect(await page.locator(`label[for="${id}"]`).count(), id).toBe(1);
    }
    const [ka, en] = await Promise.all(['ka', 'en'].map((l) => page.locator(`#narr-body-${l}`).boundingBox()));
    expect(Math.abs(ka!.y - en!.y)).toBeLessThan(5); // side by side on a wide screen
  });

  it('refuses a figure typed into the summary and the text, with the check\'s Georgian message on the line of the file, linked to its field and announced', async () => {
    // Nothing is marked before the officer writes.
    expect(await page.locator('[aria-invalid]').count()).toBe(0);
    await page.fill('#narr-summary-ka', 'ბიუჯეტი 500 000 ლარი იყო.');
    const summary = await messagesOf(page, 'narr-summary-ka', 'ნაპოვნია: 500 000');
    expect(summary).toContain(`content/years/${year}.ka.mdx, summary`);
    expect(summary).toContain('შეჯამება რიცხვების გარეშე');
    // A year and a date are words of the prose; the figure on the text's third line is line 11 of the file.
    await page.fill('#narr-body-ka', `${year} წლის 20 აპრილს პროგრამა გაგრძელდა.\n\nდაფინანსდა 48 პროექტი.`);
    const body = await messagesOf(page, 'narr-body-ka', 'ხაზი 11');
    expect(body).toContain('ნაპოვნია: 48');
    expect(body).not.toContain(`ნაპოვნია: ${year}`);
    expect(body).toContain('როგორ გავასწოროთ');
    await page.waitForFunction(() => document.querySelector('#narr-status')?.textContent === 'შეცდომა ტექსტში: 2.');
    expect(await page.getAttribute('#narr-status', 'role')).toBe('status');
    // Nothing is offered while the text has errors, even when asked to write.
    await page.click('[data-narrative-form] button[type="submit"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('narr-summary-ka');
    expect(await page.locator(`a[download="${year}.ka.mdx"]`).count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });

  it('inserts a figure from the picker by keyboard, and the preview shows it formatted', async () => {
    await page.fill('#narr-summary-ka', 'წელი, როცა პროგრამა გაგრძელდა.');
    await page.fill('#narr-body-ka', `${year} წლის 20 აპრილს პროგრამა გაგრძელდა. მისი ბიუჯეტი იყო `);
    await page.focus('#narr-figure');
    await page.keyboard.press('Home');
    tag = await page.inputValue('#narr-figure');
    expect(tag).toMatch(/^<Value dataset="[a-z_]+" row="[^"]+" column="[a-z_]+" \/>$/);
    const option = (await page.locator('#narr-figure option:checked').textContent())!;
    const ref = refOf(tag);
    // The picker names the figure in words: dataset, row, year, column and the value as the page formats it.
    expect(option.startsWith(datasets[ref.dataset as keyof typeof datasets].title.ka)).toBe(true);
    const figure = option.slice(option.lastIndexOf(': ') + 2);
    // The formatter is the build's (Intl): where the browser has Georgian number data the text
    // is the build's, word for word (Debian's Chromium has none, and falls back to en-US).
    if (await page.evaluate(() => Intl.NumberFormat.supportedLocalesOf(['ka-GE']).length > 0)) expect(figure).toBe(resolveValue(tables, ref, 'ka').text);
    for (let i = 0; i < 4 && (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.insert)) !== 'ka'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('narr-body-ka');
    expect(await page.inputValue('#narr-body-ka')).toContain(tag);
    await page.keyboard.type('.');
    await messagesOf(page, 'narr-body-ka', null);
    await messagesOf(page, 'narr-summary-ka', null);
    await page.waitForFunction((text) => document.querySelector('[data-preview="ka"]')?.textContent?.includes(text), `მისი ბიუჯეტი იყო ${figure}.`, { timeout: 10_000 });
    expect(await page.textContent('[data-preview="ka"]')).not.toContain('<Value');
  });

  it('writes both MDX files, one by one and in the zip, and they pass the narrative check on the same data', async () => {
    await page.fill('#narr-summary-en', 'The year the program went on.');
    await page.fill('#narr-body-en', `On 20 April ${year} the program went on. Its figure: `);
    await page.focus('#narr-body-en');
    await page.keyboard.press('End');
    await page.click('[data-insert="en"]');
    await page.check('#narr-status-published');
    await page.click('[data-narrative-form] button[type="submit"]');
    await page.waitForSelector(`[data-downloads] a[download="${year}.en.mdx"]`, { timeout: 10_000 });
    expect(await page.textContent('#narr-status')).toContain('ქვემოთ');

    const dir = mkdtempSync(join(tmpdir(), 'desk-narrative-mdx-'));
    temps.push(dir);
    for (const lang of ['ka', 'en']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-downloads] a[download="${year}.${lang}.mdx"]`)]);
      writeFileSync(join(dir, `${year}.${lang}.mdx`), await downloaded(download));
    }
    const { entries, issues } = readNarratives(dir);
    expect(issues).toEqual([]);
    expect(entries.map((e) => `${e.id} ${e.data.status}`)).toEqual([`${year}.en published`, `${year}.ka published`]);
    expect(entries.every((e) => e.body!.includes(tag))).toBe(true);
    expect(narrativeIssues(entries, tables.programs.map((p) => p.year))).toEqual([]);
    expect(valueIssues(entries, tables)).toEqual([]);

    const [zip] = await Promise.all([page.waitForEvent('download'), page.click('[data-downloads] a[download="data-update.zip"]')]);
    const files = unzipSync(await downloaded(zip));
    expect(Object.keys(files).sort()).toEqual(['content/years/' + year + '.en.mdx', 'content/years/' + year + '.ka.mdx', 'data/programs.csv'].sort());
    expect(Buffer.from(files[`content/years/${year}.ka.mdx`]!).equals(readFileSync(join(dir, `${year}.ka.mdx`)))).toBe(true);
  });

  it('stacks the two languages on a 360 px phone, without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const [ka, en] = await Promise.all(['ka', 'en'].map((l) => page.locator(`#narr-body-${l}`).boundingBox()));
    expect(en!.y).toBeGreaterThan(ka!.y + ka!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the narrative form (English page)', () => {
  it('refuses a typed figure with the English message, and previews an inserted figure as the build formats it', async () => {
    const p = await context.newPage();
    await openDesk(p, 'en/update/');
    await p.fill('#narr-summary-en', 'The budget was 500 lari.');
    const message = await messagesOf(p, 'narr-summary-en', 'Found: 500');
    expect(message).toContain('a summary without figures');
    // The picker's first figure, inserted: the preview shows it as the build formats it in English.
    await p.fill('#narr-body-en', 'The figure was ');
    await p.focus('#narr-body-en');
    await p.keyboard.press('End');
    await p.click('[data-insert="en"]');
    const tag = await p.inputValue('#narr-figure');
    const figure = resolveValue(deskData((await p.getAttribute('[data-desk]', 'data-release'))!).tables, refOf(tag), 'en').text;
    expect(await p.locator('#narr-figure option:checked').textContent()).toContain(`: ${figure}`);
    expect(await p.inputValue('#narr-body-en')).toBe(`The figure was ${tag}`);
    await p.waitForFunction((text) => document.querySelector('[data-preview="en"]')?.textContent?.includes(text), `The figure was ${figure}`, { timeout: 10_000 });
    await p.close();
  });
});
