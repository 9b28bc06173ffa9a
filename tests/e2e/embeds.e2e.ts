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
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { closeSite, DIST, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { loadData } from '../../src/lib/validation/load.ts';
import { chartRegistry } from '../../src/lib/charts/registry.ts';
import { isEmbeddable } from '../../src/lib/charts/entry.ts';
import { base, site } from '../../src/site.config.ts';
import { article, cspViolations, hostPage, watchCsp } from '../support/browser-watch.ts';

let browser: Browser;
let server: StaticServer;
let host: { url: string; close: () => Promise<void> };
const charts = chartRegistry(loadData(join(process.cwd(), 'data')).tables).filter(isEmbeddable);

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every chart's embed code as its page prints it in one language, pointed at the test server. */
function embedCodesOf(locale: 'ka' | 'en'): Map<string, string> {
  const codes = new Map<string, string>();
  for (const p of new Set(charts.map((c) => c.page))) {
    const html = readFileSync(join(DIST, locale === 'en' ? 'en' : '', p.replace(/^\//, ''), 'index.html'), 'utf8');
    for (const m of html.matchAll(/<textarea[^>]*id="([\w-]+)-embed-code"[^>]*>([\s\S]*?)<\/textarea>/g)) codes.set(m[1]!, unescape(m[2]!));
  }
  const prefix = new URL(base, site).href;
  const local = (code: string) => code.split(prefix).join(server.url).split(new URL(site).origin).join(new URL(server.url).origin);
  return new Map(charts.map((c) => [c.id, local(codes.get(c.id) ?? '')]));
}

/** The Georgian codes split: every frame (loading at once) and the host script they share. */
function embedCodes(): { frames: string; script: string } {
  const all = [...embedCodesOf('ka').values()];
  // Frames that all load at once (no lazy loading), so that every one has sent its height before the script starts.
  const frames = all.map((c) => c.split('\n')[0]!.replace(' loading="lazy"', '')).join('\n<p>Text between the charts.</p>\n');
  return { frames, script: /<script>([\s\S]*)<\/script>/.exec(all[0]!)![1]! };
}

let code: { frames: string; script: string };
/**
 * The host page's load event comes once every frame in it has loaded (none is lazy here).
 * Not 'networkidle', which also waits for half a second without a request and, with a dozen
 * frames on a busy 2-core machine, once passed Playwright's default 30 s; the longer timeout is
 * for such a machine too.
 */
const HOST_LOAD = { waitUntil: 'load', timeout: 120_000 } as const;
beforeAll(async () => {
  ({ browser, server } = await openSite());
  code = embedCodes();
  host = await hostPage(article(code.frames, '0 8px'));
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
    await page.goto(host.url, HOST_LOAD);
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
      await page.goto(host.url, HOST_LOAD);
      const all = await frames(page);
      const cut: string[] = [];
      for (const f of all) {
        await f.frame.waitForSelector('h1');
        const inner = await contentHeight(f.frame);
        // The frame keeps the height the code gives it.
        expect(Math.round((await f.el.boundingBox())!.height), f.frame.url()).toBe(f.set);
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
  // The code exactly as each chart's page prints it (lazy frames, one host script per chart),
  // pasted into one article per language and width, as a journalist would paste several.
  for (const locale of ['ka', 'en'] as const) {
    for (const width of [320, 1280]) {
      it(`${locale}: every embed code as published, in an article at ${width} px — readable, no overflow, each frame fits its content, nothing blocked`, async () => {
        const codes = embedCodesOf(locale);
        const published = await hostPage(article([...codes.values()].join('\n<p>Text between the charts.</p>\n'), '0 8px'));
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        // In every frame too: the policy violations the host and each embed report.
        await watchCsp(context);
        const page = await context.newPage();
        await page.goto(published.url);
        const all = await frames(page);
        expect(all).toHaveLength(charts.length);
        const problems: string[] = [];
        for (const f of all) {
          // Lazy frames load as the reader scrolls to them.
          await f.el.scrollIntoViewIfNeeded();
          const frame = (await f.el.contentFrame())!;
          await frame.waitForSelector('h1');
          const id = charts.find((c) => frame.url().includes(`/embed/${c.id}/`))!;
          await expect
            .poll(async () => Math.abs((await f.el.boundingBox())!.height - (await contentHeight(frame))), { timeout: 10_000, message: `${frame.url()}: frame height fits` })
            .toBeLessThanOrEqual(1);
          const inside = await frame.evaluate(() => {
            const root = document.documentElement;
            const sizes = Array.from(document.querySelectorAll('svg[role="img"]'))
              .filter((s) => (s as SVGSVGElement).getBoundingClientRect().width > 0)
              .flatMap((s) => {
                const svg = s as SVGSVGElement;
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return Array.from(svg.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
              });
            return { overflow: root.scrollWidth - root.clientWidth, smallest: sizes.length ? Math.min(...sizes) : null, width: root.clientWidth, };
          });
          if (inside.overflow > 0) problems.push(`${id.id}: scrolls sideways by ${inside.overflow} px`);
          if (inside.width > width) problems.push(`${id.id}: frame ${inside.width} px wide`);
          if (id.kind !== 'matrix' && (inside.smallest ?? 0) < 11) problems.push(`${id.id}: chart text ${inside.smallest} px (< 11)`);
          const blocked = await cspViolations(frame);
          if (blocked.length) problems.push(`${id.id}: ${blocked.join(', ')}`);
        }
        expect(problems).toEqual([]);
        expect(await cspViolations(page), 'host page').toEqual([]);
        await context.close();
        await published.close();
      });
    }
  }

  it('each embed page links back to the page that prints its code, in its language', () => {
    for (const locale of ['ka', 'en'] as const) {
      const prefix = locale === 'en' ? '/en' : '';
      for (const c of charts) {
        const embed = readFileSync(join(DIST, prefix, 'embed', c.id, 'index.html'), 'utf8');
        const back = /class="back"[^>]*>\s*<a href="([^"]+)"/.exec(embed)?.[1];
        expect(back, `${prefix}/embed/${c.id}/`).toBe(`${base}${locale === 'en' ? 'en/' : ''}${c.page.replace(/^\//, '')}#${c.id}`);
        const page = readFileSync(join(DIST, prefix, c.page.replace(/^\//, ''), 'index.html'), 'utf8');
        expect(page, `${back} holds the code`).toContain(`id="${c.id}-embed-code"`);
      }
    }
  });
});
