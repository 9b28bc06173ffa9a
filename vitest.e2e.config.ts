import { defineConfig } from 'vitest/config';

// Browser tests against the built site in dist/ (run `npm run build` first; `npm test` does).
export default defineConfig({
  // Vitest's cache per project folder (a test's copy of the project links the same node_modules).
  cacheDir: 'tests/.tmp/vite',
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // One Chromium for every file (each connects to it; see the file).
    globalSetup: ['tests/support/browser-server.ts'],
    // A backstop only: on a shared machine under load one page can take minutes.
    testTimeout: 300_000,
    hookTimeout: 240_000,
    // The files run side by side (each drives its own Chromium); within pages.e2e.ts, three
    // pages at a time, each in its own browser contexts. Measured on 2 cores: more does not
    // go faster, it only makes each page slower.
    fileParallelism: true,
    maxWorkers: 2,
    maxConcurrency: 3,
  },
});
