/**
 * `npm run time:test`: runs the steps of `npm test` one after the other, as `npm test` does
 * (stopping at the first failure), and measures each one's wall-clock seconds. Prints a table
 * for the README and writes it as JSON to tests/.tmp/test-times.json.
 *
 * The load average before and after each step is recorded too: these machines are shared, and
 * a step measured while others work takes longer. Say so when quoting the figures. So is the
 * CPU time the step's processes used (all of them: npm, vitest workers, Astro, Chromium):
 * divided by the number of cores, it is the least the step could take on an idle machine.
 *
 * `npm run time:test -- test:unit build` times only the steps named (in npm test's order).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

interface Step {
  step: string;
  seconds: number;
  /** CPU seconds (user + system) of every process of the step, once they have ended. */
  cpu: number;
  ok: boolean;
  load: [number, number];
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
/** CPU seconds of this process's ended (and waited-for) descendants: cutime + cstime. */
function childCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5), counted from 1; `fields` starts at field 3.
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
/** "npm run typecheck && npm run test:unit && …" → ['typecheck', 'test:unit', …] */
const allSteps = pkg.scripts.test!.split('&&').map((s) => {
  const m = /^\s*npm run ([\w:-]+)\s*$/.exec(s);
  if (!m) throw new Error(`npm test has a step this script cannot time: "${s.trim()}"`);
  return m[1]!;
});
const only = process.argv.slice(2);
for (const s of only) if (!allSteps.includes(s)) throw new Error(`"${s}" is not a step of npm test (${allSteps.join(', ')})`);
const steps = only.length ? allSteps.filter((s) => only.includes(s)) : allSteps;

function run(step: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', step], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => done(code === 0));
  });
}

const load1 = () => Number(loadavg()[0]!.toFixed(2));
const results: Step[] = [];
const started = performance.now();
for (const step of steps) {
  console.log(`\n── npm run ${step}`);
  const before = load1();
  const cpu0 = childCpu();
  const t0 = performance.now();
  const ok = await run(step);
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  results.push({ step, seconds, cpu: Math.round((childCpu() - cpu0) * 10) / 10, ok, load: [before, load1()] });
  if (!ok) break;
}
const total = Math.round((performance.now() - started) / 100) / 10;

const pad = (s: string, n: number) => s.padEnd(n);
const cores = availableParallelism();
const cpuTotal = results.reduce((s, r) => s + r.cpu, 0);
console.log(`\n${cores} cores; load average (1 min) before → after each step; CPU seconds of the step's processes.\n`);
console.log('| step | seconds | CPU seconds | load before → after |');
console.log('|---|---:|---:|---|');
for (const r of results) console.log(`| ${pad(`\`npm run ${r.step}\``, 24)} | ${r.seconds.toFixed(1).padStart(6)}${r.ok ? '' : ' (failed)'} | ${r.cpu.toFixed(1).padStart(6)} | ${r.load[0]} → ${r.load[1]} |`);
console.log(`| ${pad(only.length ? '**total**' : '**`npm test`, total**', 24)} | ${total.toFixed(1).padStart(6)} | ${cpuTotal.toFixed(1).padStart(6)} | |`);
console.log(`\nCPU seconds / ${cores} cores = ${(cpuTotal / cores).toFixed(0)} s: the least this could take on an idle machine.`);

mkdirSync('tests/.tmp', { recursive: true });
const out = join('tests/.tmp', 'test-times.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), cores, total, cpu: Math.round(cpuTotal * 10) / 10, steps: results }, null, 2) + '\n');
console.log(`\nwritten to ${out}`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
