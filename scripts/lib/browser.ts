/**
 * Debian's Chromium driven by playwright-core (no browser download: these machines reach only
 * the npm registry and Debian's packages). `.ci/run` installs the `chromium` package.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How every Chromium of the tests starts. The network flags keep it off the closed network.
 * `--js-flags=--single-threaded` keeps V8 from compiling and collecting garbage on helper
 * threads: each page the tests open is short-lived, so that background work (optimising axe's
 * code for a document about to be closed) is mostly wasted. Measured on 2 cores: about 0.4 s
 * less of the machine's time per page checked, the same results. Lighthouse
 * (scripts/lighthouse.ts) does not use these options: it measures the browser as readers have it.
 */
export const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--single-threaded'],
};

/**
 * Set by the browser suite's global setup (tests/support/browser-server.ts): one Chromium for
 * all its files, each of which connects to it, instead of each starting its own (about 3 s of
 * the machine's time per start).
 */
export const BROWSER_ENDPOINT_ENV = 'REINTEGRATION_BROWSER_WS';

export function launch(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint) return chromium.connect(endpoint);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  return chromium.launch(LAUNCH_OPTIONS);
}

export const DIST = join(process.cwd(), 'dist');

/** Every HTML page of the built site, as URL paths ('/', '/en/budget/', '/404.html'). */
export function builtPages(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, p).split('\\').join('/');
        out.push(rel.endsWith('/index.html') || rel === '/index.html' ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** Pages of one language: English under /en/, Georgian everywhere else (404 apart). */
export function pagesOf(lang: 'ka' | 'en', pages = builtPages()): string[] {
  return pages.filter((p) => p !== '/404.html' && (lang === 'en') === p.startsWith('/en/'));
}

/**
 * axe-core, served by the test server beside the site (same origin, so each page's own
 * Content-Security-Policy lets it load, and cacheable, so Chromium compiles it once for all
 * pages instead of once per page): tests/support/axe.ts loads it from here.
 */
export const AXE_PATH = '/__tests__/axe.min.js';
const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The built site served on 127.0.0.1 (with axe at AXE_PATH) and a Chromium to read it: what every browser test opens. */
export async function openSite(): Promise<{ browser: Browser; server: import('./static-server.ts').StaticServer }> {
  const { serveDir } = await import('./static-server.ts');
  return { server: await serveDir(DIST, '/', 0, { files: { [AXE_PATH]: axeFile } }), browser: await launch() };
}

export async function closeSite(browser: Browser | undefined, server: { close: () => Promise<void> } | undefined): Promise<void> {
  await browser?.close();
  await server?.close();
}
