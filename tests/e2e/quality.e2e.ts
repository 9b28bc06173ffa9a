/**
 * Quality gates over the built site, in real Chromium: zero axe violations (WCAG 2.2 A/AA) in
 * light and dark mode, keyboard use, internal links and anchors that resolve and stay in the
 * page's language, and no request to any other origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtPages, closeSite, DIST, openSite } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages();
const url = (path: string) => new URL(path.replace(/^\//, ''), server.url).href;

beforeAll(async () => ({ browser, server } = await openSite()));
afterAll(() => closeSite(browser, server));

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('accessibility', () => {
  it.each(pages)('%s has no axe violation (WCAG 2.2 A/AA), light and dark', async (path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(await axe(page), colorScheme).toEqual([]);
      await context.close();
    }
  });

  // The 404 page has no menu, so nothing to skip.
  it.each(pages.filter((p) => p !== '/404.html'))('%s: the skip link comes first and moves focus to the main content', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toBe('-48px');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it.each(pages)('%s: every interactive element is reached by Tab and shows its focus', async (path) => {
    const page = await browser.newPage();
    await page.goto(url(path));
    const expected = await page.$$eval('a[href], button, summary, [tabindex="0"], input, select, textarea', (els) =>
      // Content of a closed <details> is not reachable until its summary opens it.
      els.filter((e) => ((e as HTMLElement).offsetParent !== null || e.classList.contains('skip-link')) && (e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))).length,
    );
    const seen = new Set<string>();
    let unfocusedStyle = 0;
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        const path: string[] = [];
        for (let n: Element | null = el; n; n = n.parentElement) path.unshift(`${n.tagName}:${Array.from(n.parentElement?.children ?? []).indexOf(n)}`);
        return { key: path.join('/'), visible };
      });
      if (!info) continue;
      seen.add(info.key);
      if (!info.visible) unfocusedStyle++;
    }
    expect(seen.size).toBeGreaterThanOrEqual(expected);
    expect(unfocusedStyle).toBe(0);
    await page.close();
  });
});

describe('links', () => {
  it('every internal link and anchor resolves, and stays in the page’s language', async () => {
    const page = await browser.newPage();
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string; hreflang: string | null; cls: string }[] = [];
    for (const path of pages) {
      await page.goto(url(path));
      ids.set(new URL(page.url()).pathname, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      for (const l of await page.$$eval('a[href]', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, hreflang: a.getAttribute('hreflang'), cls: a.className })))) {
        links.push({ from: path, ...l });
      }
    }
    const origin = new URL(server.url).origin;
    const broken: string[] = [];
    const wrongLanguage: string[] = [];
    for (const l of links) {
      const target = new URL(l.href);
      if (target.origin !== origin) continue;
      // The target must be a file in dist/ (a folder means its index.html), as a static host serves it.
      const file = join(DIST, decodeURIComponent(target.pathname), target.pathname.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) {
        broken.push(`${l.from} → ${l.href} (no such file)`);
        continue;
      }
      if (target.hash && target.pathname.endsWith('/')) {
        if (!ids.get(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${l.from} → ${l.href} (no such anchor)`);
      }
      const fromEn = l.from.startsWith('/en/');
      const toEn = target.pathname.startsWith('/en/');
      const isPage = target.pathname.endsWith('/');
      if (isPage && fromEn !== toEn && !l.hreflang && l.from !== '/404.html') wrongLanguage.push(`${l.from} → ${target.pathname}`);
    }
    expect(links.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
    expect(wrongLanguage).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it.each(pages)('%s asks nothing of any other origin', async (path) => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const origin = new URL(server.url).origin;
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.origin !== origin) foreign.push(r.url());
    });
    await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    await page.close();
  });
});
