/**
 * The real `astro build` on a copy of the data with one bad cell: it must stop, say where the
 * mistake is, and publish nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'reintegration-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

it('stops on budget "590 000" in programs.csv row 4, naming file, row and column, and writes no page', { timeout: 120_000 }, () => {
  const data = join(tmp, 'data');
  const outDir = join(tmp, 'dist');
  cpSync(join(root, 'data'), data, { recursive: true });
  copyFileSync(join(root, 'tests/fixtures/bad/thousands-separator-space/programs.csv'), join(data, 'programs.csv'));

  // The child is a plain build, not a test run.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'TEST') delete env[k];

  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 110_000,
  });
  const output = `${r.stdout}\n${r.stderr}`;

  expect(r.error, 'the build ran to its end (no timeout)').toBeUndefined();
  expect(r.status, output).not.toBe(0);
  expect(r.status).not.toBeNull();
  expect(output).toContain('data/programs.csv, row 4, column budget_gel');
  expect(output).toContain('found "590 000"');
  expect(output).toContain('nothing was published');
  expect(htmlFiles(outDir)).toEqual([]);
});
