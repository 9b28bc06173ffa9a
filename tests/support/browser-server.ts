/**
 * Global setup of the browser suite (vitest.e2e.config.ts): one Chromium, started before the
 * files and closed after them. Each file connects to it through `launch()` and works in its own
 * browser contexts (nothing is shared between contexts: cookies, storage, cache), so the files
 * stay as independent as with a browser each, without starting Chromium ten times.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BROWSER_ENDPOINT_ENV, CHROMIUM, LAUNCH_OPTIONS } from '../../scripts/lib/browser.ts';

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const server = await chromium.launchServer(LAUNCH_OPTIONS);
  // Read by the test files' workers, which start after this.
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[BROWSER_ENDPOINT_ENV];
    await server.close();
  };
}
