import { defineConfig } from 'vitest/config';

// Browser tests against the built site in dist/ (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
