/**
 * What the first paint waits for, in real Chromium: every font a page uses is asked for from its
 * <head> (preloaded), so none is discovered only after layout, a round trip later on a slow
 * connection (Lighthouse counted the lari sign's font, found that way, before the LCP); and an
 * English page that shows no Georgian asks for no font at all. Invariants, so they hold on the
 * live data after every annual update.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeSite, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

describe('fonts at first paint', () => {
  it('the home and budget pages fetch exactly the fonts they preload, the lari sign’s where ₾ shows; the English home page none', async () => {
    const page = await browser.newPage();
    let fetched: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fetched.push(r.url());
    });
    for (const path of ['/', '/budget/', '/en/', '/en/budget/']) {
      fetched = [];
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect([...new Set(fetched)].sort(), `${path}: fonts fetched = fonts preloaded`).toEqual([...preloaded].sort());
      const showsLari = (await page.innerText('body')).includes('₾');
      expect(preloaded.some((h) => /noto-sans-georgian-lari\.[^/]*\.woff2$/.test(h)), `${path}: the lari font preloaded iff ₾ shows`).toBe(showsLari);
      if (path === '/' || path === '/budget/') expect(showsLari, `${path} shows amounts in lari`).toBe(true);
      if (path === '/en/') expect(preloaded, '/en/ loads no web font').toEqual([]);
    }
    await page.close();
  });
});
