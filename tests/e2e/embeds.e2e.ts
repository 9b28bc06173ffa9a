/**
 * Embeds on a busy host page, in Chromium against the built site: one article with every
 * embeddable chart (Georgian), loaded twice.
 * 1. The host's resizing script starts only after every frame has loaded and sent its height
 *    (a slow page): it asks, and every frame still ends up the height of its content.
 * 2. No script at all (a site that strips it), at 360 and 1000 px: each frame's starting height
 *    (the embed code's `height`) shows the whole embed, and the embed carries its chart's text
 *    alternative and, closed in a <details>, its data table.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { closeSite, DIST, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { loadData } from '../../src/lib/validation/load.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { isEmbeddable } from '../../src/lib/charts/entry.ts';
import { base, site } from '../../src/site.config.ts';

let browser: Browser;
let server: StaticServer;
let host: { url: string; close: () => Promise<void> };
const charts = chartRegistry(loadData(join(process.cwd(), 'data')).tables).filter(isEmbeddable);

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every chart's embed code as its Georgian page prints it, pointed at the test server. */
function embedCodes(): { frames: string; script: string } {
  const codes = new Map<string, string>();
  const pages = new Set(charts.map((c) => c.page));
  for (const p of pages) {
    const html = readFileSync(join(DIST, p.replace(/^\//, ''), 'index.html'), 'utf8');
    for (const m of html.matchAll(/<textarea[^>]*id="([\w-]+)-embed-code"[^>]*>([\s\S]*?)<\/textarea>/g)) codes.set(m[1]!, unescape(m[2]!));
  }
  const prefix = new URL(base, site).href;
  const local = (code: string) => code.split(prefix).join(server.url).split(new URL(site).origin).join(new URL(server.url).origin);
  const all = charts.map((c) => local(codes.get(c.id) ?? ''));
  // Frames that all load at once (no lazy loading), so that every one has sent its height before the script starts.
  const frames = all.map((c) => c.split('\n')[0]!.replace(' loading="lazy"', '')).join('\n<p>Text between the charts.</p>\n');
  return { frames, script: /<script>([\s\S]*)<\/script>/.exec(all[0]!)![1]! };
}

let code: { frames: string; script: string };
beforeAll(async () => {
  ({ browser, server } = await openSite());
  code = embedCodes();
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title></head><body style="margin:0 8px"><h1>An article</h1>${code.frames}</body></html>`;
  const s: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article));
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  host = { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/`, close: () => new Promise((ok) => s.close(() => ok())) };
});
afterAll(async () => {
  await host?.close();
  await closeSite(browser, server);
});

async function frames(page: Page): Promise<{ el: import('playwright-core').ElementHandle<HTMLIFrameElement>; frame: Frame; set: number }[]> {
  const els = await page.$$('iframe[data-reintegration-embed]');
  return Promise.all(els.map(async (el) => ({ el: el as import('playwright-core').ElementHandle<HTMLIFrameElement>, frame: (await el.contentFrame())!, set: Number(await el.getAttribute('height')) })));
}
const contentHeight = (f: Frame) => f.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('embeds on a host page with every chart', () => {
  it('has every embeddable chart', () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(code.frames.match(/<iframe /g)).toHaveLength(charts.length);
  });

  it('a resizing script that starts after the frames have loaded asks them, and every frame fits its content', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(host.url, { waitUntil: 'networkidle' });
    const all = await frames(page);
    for (const f of all) await f.frame.waitForSelector('h1');
    // Each frame has posted its height already, to nobody.
    for (const f of all) expect(Math.round((await f.el.boundingBox())!.height)).toBe(f.set);
    await page.addScriptTag({ content: code.script });
    for (const f of all) {
      await expect
        .poll(async () => Math.abs((await f.el.boundingBox())!.height - (await contentHeight(f.frame))), { timeout: 10_000 })
        .toBeLessThanOrEqual(1);
    }
    // Opening the data table grows the frame to fit it.
    const first = all.find((f) => f.frame.url().includes('budget-by-year'))!;
    const before = (await first.el.boundingBox())!.height;
    await first.frame.click('details.embed-data summary');
    await expect.poll(async () => (await first.el.boundingBox())!.height, { timeout: 5000 }).toBeGreaterThan(before + 50);
    await page.close();
  });

  for (const width of [360, 1000]) {
    it(`without any script, at ${width} px each frame's starting height shows the whole embed, with its text alternative and data table`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(host.url, { waitUntil: 'networkidle' });
      const all = await frames(page);
      const cut: string[] = [];
      for (const f of all) {
        await f.frame.waitForSelector('h1');
        const inner = await contentHeight(f.frame);
        if (inner > f.set) cut.push(`${f.frame.url()}: content ${inner} px > frame ${f.set} px`);
        const parts = await f.frame.evaluate(() => ({
          alt: Array.from(document.querySelectorAll('svg[role="img"]')).every((s) => {
            const ids = (s.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
            return ids.length > 0 && ids.every((id) => (document.getElementById(id)?.textContent ?? '').trim().length > 0);
          }),
          drawings: document.querySelectorAll('figure svg[role="img"], figure table').length,
          // Closed at first, so the frame stays compact; with a caption and a header row.
          table: document.querySelectorAll('details.embed-data:not([open]) table caption + thead th, details.embed-data:not([open]) table thead th').length,
        }));
        expect(parts.alt, `${f.frame.url()}: every chart drawing named and described`).toBe(true);
        expect(parts.drawings).toBeGreaterThan(0);
        expect(parts.table, `${f.frame.url()}: its data table`).toBeGreaterThan(0);
      }
      expect(cut).toEqual([]);
      await context.close();
    });
  }
});
