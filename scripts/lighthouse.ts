/**
 * `npm run audit:lighthouse`: Lighthouse with mobile settings on both home pages, a chart page
 * and a dataset page of the built site (served on 127.0.0.1), in Debian's Chromium. Prints the
 * four category scores, and LCP, FCP, CLS and TBT as the median of several runs per page, with
 * the LCP element and the machine's load average. A report, not a gate: the goal is 100 on all
 * four and LCP ≤ 1.0 s.
 *
 * The server gzips text as docs/nginx.conf.example does (a real host compresses; Lighthouse's
 * simulated slow 4G charges every uncompressed byte). Lighthouse clears the cache before each
 * run, so caching headers do not change these figures.
 *
 * Options: `--runs=N` (default 3), `--pages=/,/en/` (default: the four below), `--no-gzip`
 * (serve uncompressed, to compare), `--cpu=N` (CPU slowdown instead of Lighthouse's 4: a
 * diagnostic that shrinks what machine load adds, to compare the network path of two builds;
 * its figures are not Lighthouse's mobile figures). Simulated throttling is sensitive to CPU contention: on a
 * shared machine run it under `flock /tmp/heavy.lock` and quote the load average it prints.
 */
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, DIST } from './lib/browser.ts';
import { serveDir } from './lib/static-server.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 3);
const PAGES = arg('pages')?.split(',') ?? ['/', '/en/', '/budget/', '/data/programs/'];
const GZIP = !process.argv.includes('--no-gzip');
const CPU = arg('cpu');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The LCP element (its selector and the start of its text), from the LCP breakdown insight. */
function lcpElement(details: unknown): string {
  const items = (details as { items?: { type?: string; selector?: string; nodeLabel?: string }[] } | undefined)?.items ?? [];
  const node = items.find((i) => i.type === 'node');
  return node ? `${node.selector ?? '?'} “${(node.nodeLabel ?? '').slice(0, 30)}”` : '?';
}

const server = await serveDir(DIST, '/', 0, { gzip: GZIP });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
const loadBefore = load();
try {
  for (const path of PAGES) {
    const url = new URL(path.replace(/^\//, ''), server.url).href;
    const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
    for (let i = 0; i < RUNS; i++) {
      // Lighthouse's default config is the mobile one (emulated phone, slow 4G, 4× CPU slowdown).
      const result = CPU
        ? await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, { extends: 'lighthouse:default', settings: { throttling: { rttMs: 150, throughputKbps: 1638.4, requestLatencyMs: 562.5, downloadThroughputKbps: 1474.56, uploadThroughputKbps: 675, cpuSlowdownMultiplier: Number(CPU) } } })
        : await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      runs.push(result.lhr);
    }
    const num = (k: string) => runs.map((r) => r.audits[k]?.numericValue ?? NaN);
    const score = (k: string) => String(Math.round(median(runs.map((r) => (r.categories[k]?.score ?? 0) * 100)))).padStart(5);
    const lcp = num('largest-contentful-paint');
    const sec = (ms: number) => (ms / 1000).toFixed(2);
    rows.push(
      `${path.padEnd(18)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}   ${sec(median(lcp)).padStart(5)} s (${lcp.map(sec).join(' ')})  ${sec(median(num('first-contentful-paint'))).padStart(5)} s ${Math.max(...num('cumulative-layout-shift')).toFixed(3).padStart(6)} ${Math.round(median(num('total-blocking-time'))).toString().padStart(5)} ms  ${lcpElement(runs[0]!.audits['lcp-breakdown-insight']?.details)}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`Lighthouse mobile${CPU ? ` (diagnostic: CPU slowdown ${CPU}, not 4)` : ''}, median of ${RUNS} runs per page, ${GZIP ? 'gzip (as nginx)' : 'uncompressed'}; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after`);
console.log(`${'page'.padEnd(18)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'best'.padStart(5)} ${'seo'.padStart(5)}   ${'LCP (runs)'.padStart(7)}  ${'FCP'.padStart(7)} ${'CLS'.padStart(6)} ${'TBT'.padStart(8)}  LCP element`);
console.log(rows.join('\n'));
