/**
 * A temporary copy of the project for a test that builds: the working tree as it is
 * (uncommitted changes included), without what npm, Astro and the tests make, and with the
 * installed node_modules linked in. Each copy has its own `.astro/` (Astro's cache,
 * astro.config's `cacheDir`) and its own generated fonts, so builds on several copies, and the
 * real `npm run build`, can run at the same time without sharing a file.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixture-data.ts';

/** Not copied: installed or built things, caches, and version control. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'tests/.tmp', 'src/styles/generated']);

export function copyProject(prefix: string): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1)) });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

/**
 * The environment of a plain command run by a test (a build, a script): without what the test
 * runner put in it (it sets BASE_URL=/, which Vite would take for the base path, and NODE_ENV),
 * and reading the data of the folder it runs in (no DATA_DIR from outside).
 */
export function plainEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || ['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'DATA_DIR'].includes(k)) delete env[k];
  return { ...env, ...extra };
}
