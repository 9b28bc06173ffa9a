/**
 * The real `astro build` on a copy of the data with one bad cell: it must stop, say where the
 * mistake is, and publish nothing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-data.ts';
import { copyProject, plainEnv } from '../support/project-copy.ts';

// A copy of the project, so that this build shares no cache or generated file with the real one.
const project = copyProject('reintegration-build-');
afterAll(() => rmSync(project, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

it('stops on budget "590 000" in programs.csv row 4, naming file, row and column, and writes no page', { timeout: 900_000 }, () => {
  const outDir = join(project, 'dist');
  copyFileSync(join(ROOT, 'tests/fixtures/bad/thousands-separator-space/programs.csv'), join(project, 'data', 'programs.csv'));

  // The child is a plain build, not a test run, of the copy's data.
  const env = plainEnv();
  const r = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    env,
    encoding: 'utf8',
    timeout: 600_000,
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
