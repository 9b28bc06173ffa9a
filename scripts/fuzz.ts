/**
 * `npm run fuzz [-- --runs 10000] [-- --seed 42]`: the loader's fuzz test (src/lib/validation/fuzz.ts)
 * at length, over the real data/. Prints the figures for the README — cases, time, crashes,
 * unlocated errors, accepted files with lost Georgian letters — and the first cases of each
 * finding. Exit status 1 on any finding.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { errorsOf } from '../src/lib/validation/issues.ts';
import { caseArb, readRealData, runCase, type Finding } from '../src/lib/validation/fuzz.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261202' } } });
const runs = Number(values.runs);
const seed = Number(values.seed);

const real = readRealData(resolve('data'));
const cases = fc.sample(caseArb([...real.keys()]), { seed, numRuns: runs });

const found: Record<Finding['kind'], number> = { crash: 0, unlocated: 0, lost_georgian: 0 };
const shown: string[] = [];
const codes = new Map<string, number>();
let accepted = 0;
const start = performance.now();
const cpu = process.cpuUsage();
for (const c of cases) {
  const { findings, result } = runCase(real, c);
  for (const f of findings) {
    found[f.kind]++;
    if (shown.length < 10) shown.push(`${f.kind}: ${f.detail.slice(0, 300)}\n  case: ${JSON.stringify(c).slice(0, 300)}`);
  }
  if (!result) continue;
  const errors = errorsOf(result.issues).filter((i) => i.file === `data/${c.file}`);
  if (errors.length === 0) accepted++;
  for (const code of new Set(errors.map((i) => i.code))) codes.set(code, (codes.get(code) ?? 0) + 1);
}
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;

console.log(`seed ${seed}: ${cases.length} cases in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU; ${((seconds * 1000) / cases.length).toFixed(2)} ms a case)`);
console.log(`accepted ${accepted}, rejected ${cases.length - accepted}`);
console.log(`crashes ${found.crash}, unlocated errors ${found.unlocated}, accepted with lost Georgian letters ${found.lost_georgian}`);
console.log(`cases rejected with each code: ${[...codes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const s of shown) console.log(s);
process.exitCode = found.crash + found.unlocated + found.lost_georgian ? 1 : 0;
