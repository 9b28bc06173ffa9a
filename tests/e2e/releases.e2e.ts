/**
 * Releases in real Chromium against the built site, in three page loads: an old release says it
 * is not the latest and shows what changed since; /releases/ says when the next update is
 * expected and offers the calendar, which a real iCalendar parser opens; a dataset page's
 * citation names the release and its permanent address, which serves exactly the frozen bytes.
 * The per-page checks (axe, keyboard, 360 px, no JavaScript) run on these pages in pages.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeSite, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { loadReleases } from '../../src/lib/releases/store.ts';
import { base, site } from '../../src/site.config.ts';

let browser: Browser;
let server: StaticServer;
const releases = loadReleases();
const latest = releases.at(-1)!.manifest.version;
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;
const sitePrefix = new URL(base, site).href;

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

describe('releases in the browser', () => {
  it('/en/releases/1.0.0/ says it is not the latest, links the latest and lists the value-level changes since', async () => {
    const page = await browser.newPage();
    const res = await page.goto(url('/en/releases/1.0.0/'));
    expect(res?.status()).toBe(200);
    const notice = page.locator('.notice');
    // goto waited for the load event: the page is static, so no polling (too slow under load).
    expect(await notice.innerText()).toContain(`This is not the latest release. The latest is ${latest}.`);
    const latestHref = await notice.locator('a').first().getAttribute('href');
    expect(new URL(latestHref!, page.url()).pathname).toBe(`${base}en/releases/${latest}/`.replace(/^\/\//, '/'));
    // The changes of 1.1.0, value by value: the 2022 call's qualifier, with its reason.
    const row = page.locator('#since-1-1-0 ~ * tr', { hasText: 'call-2022' }).filter({ hasText: 'figure_qualifier' });
    expect(await row.count()).toBeGreaterThan(0);
    expect(await row.first().innerText()).toMatch(/about\s+up_to\s+The source says/);
    await page.close();
  });

  it('/releases/ names the next update, and its calendar file opens in ical.js', async () => {
    const page = await browser.newPage();
    await page.goto(url('/releases/'));
    expect(await page.locator('.next').innerText()).toMatch(/შემდეგი განახლება: \d{4} წლის/);
    const ics = await page.locator('a[href$="releases.ics"]').getAttribute('href');
    const res = await page.request.get(new URL(ics!, page.url()).href);
    // The Content-Type comes from the host (by the .ics extension); the test's static server sends a generic one.
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\n');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThanOrEqual(releases.length);
    for (const e of events) for (const p of ['uid', 'dtstamp', 'dtstart']) expect(e.getFirstPropertyValue(p), p).toBeTruthy();
    await page.close();
  });

  it('a dataset page cites the release; its permanent address serves the frozen bytes, and releases.json lists them', async () => {
    const page = await browser.newPage();
    await page.goto(url('/en/data/programs/'));
    const cite = await page.locator('blockquote.cite').innerText();
    const permanent = `${sitePrefix}data/releases/${latest}/programs.csv`;
    expect(cite).toContain(`(version ${latest})`);
    expect(cite).toContain(permanent);
    expect(cite).toContain('Original source of the figures:');
    expect(await page.locator('pre.bibtex').innerText()).toContain(`url          = {${permanent}}`);
    const served = await page.request.get(url(permanent.slice(sitePrefix.length - 1)));
    const bytes = await served.body();
    expect(Buffer.compare(bytes, readFileSync(`releases/${latest}/programs.csv`))).toBe(0);
    const json = (await (await page.request.get(url('/data/releases.json'))).json()) as { latest: string; releases: { version: string; files: { name: string; sha256: string }[] }[] };
    expect(json.latest).toBe(latest);
    const listed = json.releases.find((r) => r.version === latest)!.files.find((f) => f.name === 'programs.csv')!;
    expect(listed.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    await page.close();
  });
});
