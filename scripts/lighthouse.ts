/**
 * `npm run audit:lighthouse`: Lighthouse with mobile settings on both home pages, a chart page
 * and a dataset page of the built site (served on 127.0.0.1), in Debian's Chromium. Prints the
 * four category scores and LCP, CLS and TBT. A report, not a gate: the goal is 100 on all four.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, DIST } from './lib/browser.ts';
import { serveDir } from './lib/static-server.ts';

const PAGES = ['/', '/en/', '/budget/', '/data/programs/'];
const server = await serveDir(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
try {
  for (const path of PAGES) {
    const url = new URL(path.replace(/^\//, ''), server.url).href;
    // Lighthouse's default config is the mobile one (emulated phone, slow 4G, 4× CPU slowdown).
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100)).padStart(5);
    const num = (k: string) => audits[k]?.numericValue ?? NaN;
    rows.push(
      `${path.padEnd(18)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}   ${(num('largest-contentful-paint') / 1000).toFixed(2).padStart(5)} s ${num('cumulative-layout-shift').toFixed(3).padStart(6)} ${Math.round(num('total-blocking-time')).toString().padStart(5)} ms`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`${'page'.padEnd(18)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)}   ${'LCP'.padStart(7)} ${'CLS'.padStart(6)} ${'TBT'.padStart(8)}`);
console.log(rows.join('\n'));
