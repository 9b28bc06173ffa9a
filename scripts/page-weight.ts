/**
 * `npm run weight`: loads every built page in Chromium, as a reader would, and measures what it
 * fetches, gzip-compressed: HTML, CSS, JS and fonts. Prints a table and fails when a page is
 * over a budget in budgets.json (JS <= 10 KB; HTML + CSS + JS <= 60 KB; fonts <= 15 KB;
 * everything <= 45 KB).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, DIST, launch } from './lib/browser.ts';
import { serveDir } from './lib/static-server.ts';

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { js: number; htmlCssJs: number; fonts: number; total: number };

function kindOf(contentType: string, url: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('font') || /\.woff2?$/.test(url)) return 'font';
  return 'other';
}

const server = await serveDir(DIST);
const browser = await launch();
const rows: { page: string; sizes: Record<Kind, number> }[] = [];
/** Pages measured at a time: each in its own browser page, so their responses do not mix. */
const AT_ONCE = 3;

async function measure(path: string): Promise<void> {
  const page = await browser.newPage();
  const sizes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (body) => {
          // Fonts are already compressed (woff2): count them as sent.
          const kind = kindOf(r.headers()['content-type'] ?? '', r.url());
          sizes[kind] += kind === 'font' ? body.length : gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  // 'load' and the fonts, not 'networkidle' (500 ms of idling more per page): a page's CSS, JS
  // and fonts are all asked for by then; nothing on these pages fetches later on its own.
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await Promise.all(pending);
  rows.push({ page: path, sizes });
  await page.close();
}

try {
  const queue = builtPages();
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) await measure(path);
    }),
  );
  rows.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
} finally {
  await browser.close();
  await server.close();
}

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log(`${'page'.padEnd(34)}  ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'h+c+j'.padStart(6)} ${'fonts'.padStart(6)}   (KB, gzip)`);
const over: string[] = [];
for (const { page, sizes } of rows) {
  const hcj = sizes.html + sizes.css + sizes.js;
  console.log(`${page.padEnd(34)}  ${kb(sizes.html)} ${kb(sizes.css)} ${kb(sizes.js)} ${kb(hcj)} ${kb(sizes.font)}`);
  if (sizes.js > budgets.js) over.push(`${page}: JS ${sizes.js} B > ${budgets.js} B`);
  if (hcj > budgets.htmlCssJs) over.push(`${page}: HTML+CSS+JS ${hcj} B > ${budgets.htmlCssJs} B`);
  if (sizes.font > budgets.fonts) over.push(`${page}: fonts ${sizes.font} B > ${budgets.fonts} B`);
  const total = hcj + sizes.font + sizes.other;
  if (total > budgets.total) over.push(`${page}: everything ${total} B > ${budgets.total} B`);
}
const max = Math.max(...rows.map((r) => r.sizes.html + r.sizes.css + r.sizes.js));
const largest = (f: (s: Record<Kind, number>) => number) => kb(Math.max(...rows.map((r) => f(r.sizes)))).trim();
console.log(`\n${rows.length} pages; largest HTML+CSS+JS ${kb(max).trim()} KB (budget ${budgets.htmlCssJs / 1024} KB), JS budget ${budgets.js / 1024} KB.`);
console.log(`Largest fonts ${largest((s) => s.font)} KB (budget ${budgets.fonts / 1024} KB); largest everything ${largest((s) => s.html + s.css + s.js + s.font + s.other)} KB (budget ${budgets.total / 1024} KB).`);
if (over.length) {
  console.error(`Over budget:\n- ${over.join('\n- ')}`);
  process.exitCode = 1;
}
