/**
 * `npm run weight`: loads every built page in Chromium, as a reader would, and weighs what it
 * fetched, gzip-compressed: HTML, CSS, JS and fonts (scripts/lib/page-weight.ts). Prints a
 * table and fails when a page is over a budget in budgets.json (JS <= 10 KB; HTML + CSS + JS
 * <= 60 KB; fonts <= 15 KB; everything <= 45 KB).
 *
 * `npm test` does not run it: the browser suite's one pass per page (tests/e2e/pages.e2e.ts)
 * weighs every page with the same functions from the load that checks it.
 */
import { builtPages, DIST, launch } from './lib/browser.ts';
import { fetchedPaths, overBudget, weigh, weightTable, type Sizes } from './lib/page-weight.ts';
import { serveDir } from './lib/static-server.ts';

const server = await serveDir(DIST);
const browser = await launch();
const origin = new URL(server.url).origin;
const rows: { page: string; sizes: Sizes }[] = [];
/** Pages measured at a time, each in its own browser page. */
const AT_ONCE = 3;

try {
  const queue = builtPages();
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      const page = await browser.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        // 'load' and the fonts: a page's CSS, JS and fonts are all asked for by then.
        await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        rows.push({ page: path, sizes: weigh(DIST, await fetchedPaths(page, origin)) });
      }
      await page.close();
    }),
  );
  rows.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
} finally {
  await browser.close();
  await server.close();
}

console.log(weightTable(rows));
const over = rows.flatMap((r) => overBudget(r.page, r.sizes));
if (over.length) {
  console.error(`Over budget:\n- ${over.join('\n- ')}`);
  process.exitCode = 1;
}
