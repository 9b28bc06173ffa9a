import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser specs (*.e2e.ts) run under their own runner against a built site.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
