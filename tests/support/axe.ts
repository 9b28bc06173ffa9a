/**
 * axe-core run inside the page, injected once per document.
 *
 * `@axe-core/playwright`'s `analyze()` opens a new browser page for every run (to merge
 * results across cross-origin frames): measured on 2 cores that costs 2–8 s per run, most of
 * the browser suite's time. Our pages have no frames (`runAxe` refuses a page with one, so the
 * shortcut cannot hide a frame's violations), and the rules and tags are the same as with the
 * builder, so the direct run checks the same things, several times faster.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.2 A/AA rule, and axe's experimental rules too (label in name, p-as-heading, focus-order-semantics…). */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'experimental'];

/** What to run: every rule of some tags, or named rules only. */
export type AxeScope = { tags: string[] } | { rules: string[] };

/**
 * The violations on the page's current document, one line each (rule: first targets).
 * `scriptUrl`: where the page's server serves axe (openSite's AXE_PATH). Loaded as a script
 * from there, axe is compiled once for the whole run (V8's code cache) instead of once per
 * page, which saves about 0.2 s of the browser's time per page; without it the source is
 * evaluated in the page.
 */
export async function runAxe(page: Page, scope: AxeScope = { tags: WCAG }, scriptUrl?: string): Promise<string[]> {
  const frames = await page.locator('iframe, frame').count();
  if (frames > 0) throw new Error(`${page.url()} has ${frames} frame(s): runAxe does not enter frames; use @axe-core/playwright's AxeBuilder for this page`);
  if (!(await page.evaluate(() => 'axe' in window))) {
    if (scriptUrl) await page.addScriptTag({ url: scriptUrl });
    else await page.evaluate(source);
  }
  const runOnly = 'tags' in scope ? { type: 'tag', values: scope.tags } : { type: 'rule', values: scope.rules };
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
        .run(document, { ...options, resultTypes: ['violations'], iframes: false })
        .then((r) => r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))),
    { runOnly },
  );
  return violations.map((v) => `${v.id}: ${v.targets.slice(0, 3).join(' | ')}`);
}
