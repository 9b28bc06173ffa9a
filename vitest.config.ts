import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit` (`npm run test:unit`): every `*.test.ts` beside its code, in scripts/ and tests/,
 *   that runs in-process. No Astro build is spawned here; it should stay under a minute.
 * - `build` (`npm run test:build`): tests/build/, the tests that spawn a whole `astro build` on
 *   a temporary copy (a build that must fail on a bad cell; the annual update, then the unit
 *   project on that copy). Its files run side by side, one per core.
 * Browser specs (*.e2e.ts) run under their own config against the built site.
 */
export default defineConfig({
  // Vitest's cache per project folder (a test's copy of the project links the same node_modules).
  cacheDir: 'tests/.tmp/vite',
  test: {
    // Both cores (the default leaves one free on a 2-core machine).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/build/**', '**/node_modules/**'],
          // A backstop, not a speed target: `npm test` runs this project beside the builds and the
          // browser suite at a lower priority, and a few tests start the CLI as a process.
          testTimeout: 120_000,
          // The unit tests are pure (no module mocks; the one fake clock is restored after each
          // test), so files share a worker's modules: the schemas, zod, d3 and the fixture tables
          // load once per worker instead of once per file (about 60 s -> 20 s on 2 cores).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Backstops: under `npm test` these builds run at a lower priority beside the browser
          // suite, and on a busy machine a build can take minutes.
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
