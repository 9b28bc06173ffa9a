/**
 * `npm run check -- --fix` as a person runs it, on a copy of the project whose services.csv
 * was opened as Windows-1252 and saved again: the report offers the restored text; --fix
 * writes data/services.repaired.csv, identical to the real file, and leaves the damaged one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSingleByte } from '../src/lib/text/codepages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(join(tmpdir(), 'reintegration-fix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
cpSync(join(root, 'data'), join(tmp, 'data'), { recursive: true });
cpSync(join(root, 'content'), join(tmp, 'content'), { recursive: true });
const real = readFileSync(join(root, 'data/services.csv'));
const damaged = Buffer.from(decodeSingleByte(real, 'windows-1252'), 'utf8');
writeFileSync(join(tmp, 'data/services.csv'), damaged);

const run = (args: string[]) => spawnSync(process.execPath, [join(root, 'scripts/check.ts'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 100_000 });

describe('npm run check on a file opened without its encoding', () => {
  it('reports it once for the file, offers the restored text and writes nothing', () => {
    const r = run(['--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('data/services.csv\n  The whole file\n    Rows: 2–7');
    expect(r.stdout).toContain('Text that can be restored exactly');
    expect(r.stdout).toContain('→ "საშემოსავლო პროექტების დაფინანსება"');
    expect(r.stdout).toContain('The repaired copy passes every data check.');
    expect(existsSync(join(tmp, 'data/services.repaired.csv'))).toBe(false);
  });

  it('with --fix writes the repaired copy beside it, identical to the original, and leaves the file alone', () => {
    const r = run(['--fix']);
    expect(r.stdout).toContain('ჩაიწერა: data/services.repaired.csv');
    expect(readFileSync(join(tmp, 'data/services.repaired.csv'))).toEqual(real);
    expect(readFileSync(join(tmp, 'data/services.csv'))).toEqual(damaged);
  });
});
