/**
 * A page's weight as a reader's browser fetches it, gzip-compressed (fonts as served: WOFF2 is
 * compressed already), and the budgets of budgets.json. Shared by `npm run weight` (a table of
 * every page) and the one-pass browser test (tests/e2e/pages.e2e.ts), which measures every page
 * from the same load that checks it.
 *
 * What a page fetched is read from the browser's Resource Timing entries (a cached file is
 * listed too), and each file is weighed from dist/, the bytes a host serves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export type Sizes = Record<Kind, number>;
export interface Budgets {
  js: number;
  htmlCssJs: number;
  fonts: number;
  total: number;
}

export const budgets = (): Budgets => JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;

export function kindOfFile(path: string): Kind {
  if (/\.html$|\/$/.test(path)) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.woff2?$/.test(path)) return 'font';
  return 'other';
}

const weighed = new Map<string, number>();
/** Bytes on the wire for one file of the built site: gzip, or as it is for fonts. */
function bytesOf(file: string, kind: Kind): number {
  let n = weighed.get(file);
  if (n === undefined) {
    const body = readFileSync(file);
    n = kind === 'font' ? body.length : gzipSync(body).length;
    weighed.set(file, n);
  }
  return n;
}

/**
 * The weight of a page from the addresses it fetched (its own URL first), as paths on the
 * served origin. A path that is not a file of `dist` is an error: the page fetched something
 * the site does not have.
 */
export function weigh(dist: string, fetched: string[]): Sizes {
  const sizes: Sizes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  for (const path of fetched) {
    const rel = decodeURIComponent(path);
    const file = join(dist, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!existsSync(file)) throw new Error(`page weight: ${path} is not a file of ${dist}`);
    const kind = kindOfFile(rel);
    sizes[kind] += bytesOf(file, kind);
  }
  return sizes;
}

/** What the page in the browser has fetched so far from `origin`: its own path, then each resource's. */
export async function fetchedPaths(page: Page, origin: string): Promise<string[]> {
  const urls = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)]);
  return [...new Set(urls.map((u) => new URL(u)).filter((u) => u.origin === origin).map((u) => u.pathname))];
}

/** The budgets a page is over, one line each (none: within every budget). */
export function overBudget(page: string, s: Sizes, b: Budgets = budgets()): string[] {
  const hcj = s.html + s.css + s.js;
  const total = hcj + s.font + s.other;
  const over: string[] = [];
  if (s.js > b.js) over.push(`${page}: JS ${s.js} B > ${b.js} B`);
  if (hcj > b.htmlCssJs) over.push(`${page}: HTML+CSS+JS ${hcj} B > ${b.htmlCssJs} B`);
  if (s.font > b.fonts) over.push(`${page}: fonts ${s.font} B > ${b.fonts} B`);
  if (total > b.total) over.push(`${page}: everything ${total} B > ${b.total} B`);
  return over;
}

/** The table `npm run weight` prints, with its summary lines. */
export function weightTable(rows: { page: string; sizes: Sizes }[], b: Budgets = budgets()): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  const lines = [`${'page'.padEnd(34)}  ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'h+c+j'.padStart(6)} ${'fonts'.padStart(6)}   (KB, gzip)`];
  for (const { page, sizes: s } of rows) lines.push(`${page.padEnd(34)}  ${kb(s.html)} ${kb(s.css)} ${kb(s.js)} ${kb(s.html + s.css + s.js)} ${kb(s.font)}`);
  const largest = (f: (s: Sizes) => number) => kb(Math.max(...rows.map((r) => f(r.sizes)))).trim();
  lines.push('', `${rows.length} pages; largest HTML+CSS+JS ${largest((s) => s.html + s.css + s.js)} KB (budget ${b.htmlCssJs / 1024} KB), JS budget ${b.js / 1024} KB.`);
  lines.push(`Largest fonts ${largest((s) => s.font)} KB (budget ${b.fonts / 1024} KB); largest everything ${largest((s) => s.html + s.css + s.js + s.font + s.other)} KB (budget ${b.total / 1024} KB).`);
  return lines.join('\n');
}
