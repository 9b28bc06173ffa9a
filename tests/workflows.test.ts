/**
 * The GitHub workflows: each is valid against the workflow schema (@action-validator/cli), a
 * broken one is refused (so the validator is really run), and every npm command they run is
 * one the README gives.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = ['.github/workflows/check.yml', '.github/workflows/deploy.yml'];
const validate = (file: string) => spawnSync('node_modules/.bin/action-validator', [file], { encoding: 'utf8' });

describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('%s is valid against the workflow schema', (file) => {
    const r = validate(file);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the validator refuses a workflow with a misspelt key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-'));
    const file = join(dir, 'bad.yml');
    writeFileSync(file, readFileSync(WORKFLOWS[0]!, 'utf8').replace('runs-on:', 'runs_on:'));
    const r = validate(file);
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).not.toBe(0);
  });

  it('runs on pull requests and on main, with the repository variables for the address', () => {
    const check = parse(readFileSync(WORKFLOWS[0]!, 'utf8')) as { on: Record<string, unknown> };
    const deploy = readFileSync(WORKFLOWS[1]!, 'utf8');
    expect(Object.keys(check.on)).toContain('pull_request');
    expect(deploy).toMatch(/branches: \[main\]/);
    expect(deploy).toContain('SITE_URL: ${{ vars.SITE_URL }}');
    expect(deploy).toContain('BASE_PATH: ${{ vars.BASE_PATH }}');
    expect(readFileSync(WORKFLOWS[0]!, 'utf8')).toContain('GITHUB_STEP_SUMMARY');
  });

  it('every npm command they run is one the README gives', () => {
    const readme = readFileSync('README.md', 'utf8');
    const commands = WORKFLOWS.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/npm (?:ci|test|run(?: --silent)? [\w:-]+)/g)].map((m) => m[0].replace(' --silent', '')));
    expect(commands.length).toBeGreaterThan(3);
    for (const c of new Set(commands)) expect(readme, c).toContain(c);
  });
});
