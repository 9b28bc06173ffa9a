/**
 * `npm run bench`: how the build time grows with the data. Builds the real site, then sites
 * from synthetic data of 10, 100 and 1,000 program years (temporary folders, never data/),
 * and prints seconds, the ratio to the real build, and the build's peak memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticDataDir } from './lib/synthetic-data.ts';

const sizes = (process.argv[2] ?? '10,100,1000').split(',').map(Number);

function build(dataDir: string | null): { seconds: number; peakMiB: number; pages: number } {
  const out = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  const started = process.hrtime.bigint();
  // GNU time reports the child's peak resident memory (KiB) with %M.
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env: { ...process.env, ...(dataDir ? { DATA_DIR: dataDir } : {}) },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`build failed (${dataDir ?? 'data'}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const peakKiB = Number(r.stderr.trim().split('\n').at(-1));
  const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? 0);
  rmSync(out, { recursive: true, force: true });
  return { seconds, peakMiB: peakKiB / 1024, pages };
}

const real = build(null);
const rows: { label: string; years: number; r: ReturnType<typeof build> }[] = [{ label: 'real data', years: readFileSync('data/programs.csv', 'utf8').trim().split('\n').length - 1, r: real }];
for (const n of sizes) {
  const dir = syntheticDataDir(n);
  try {
    rows.push({ label: `synthetic`, years: n, r: build(dir) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const lines = [`${'data'.padEnd(10)} ${'years'.padStart(6)} ${'pages'.padStart(6)} ${'seconds'.padStart(8)} ${'× real'.padStart(7)} ${'s/year'.padStart(7)} ${'peak MiB'.padStart(9)}`];
for (const { label, years, r } of rows) {
  lines.push(`${label.padEnd(10)} ${String(years).padStart(6)} ${String(r.pages).padStart(6)} ${r.seconds.toFixed(1).padStart(8)} ${(r.seconds / real.seconds).toFixed(2).padStart(7)} ${(r.seconds / years).toFixed(3).padStart(7)} ${r.peakMiB.toFixed(0).padStart(9)}`);
}
console.log(lines.join('\n'));
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, lines.join('\n') + '\n');
