/**
 * `npm run time:test`: runs the steps of `npm test` one after the other, as `npm test` does
 * (stopping at the first failure), and measures each one's wall-clock seconds. Prints a table
 * for the README and writes it as JSON to tests/.tmp/test-times.json.
 *
 * The load average before and after each step is recorded too: these machines are shared, and
 * a step measured while others work takes longer. Say so when quoting the figures.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

interface Step {
  step: string;
  seconds: number;
  ok: boolean;
  load: [number, number];
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
/** "npm run typecheck && npm run test:unit && …" → ['typecheck', 'test:unit', …] */
const steps = pkg.scripts.test!.split('&&').map((s) => {
  const m = /^\s*npm run ([\w:-]+)\s*$/.exec(s);
  if (!m) throw new Error(`npm test has a step this script cannot time: "${s.trim()}"`);
  return m[1]!;
});

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
  const t0 = performance.now();
  const ok = await run(step);
  results.push({ step, seconds: Math.round((performance.now() - t0) / 100) / 10, ok, load: [before, load1()] });
  if (!ok) break;
}
const total = Math.round((performance.now() - started) / 100) / 10;

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${availableParallelism()} cores; load average (1 min) before → after each step.\n`);
console.log('| step | seconds | load before → after |');
console.log('|---|---:|---|');
for (const r of results) console.log(`| ${pad(`\`npm run ${r.step}\``, 24)} | ${r.seconds.toFixed(1).padStart(6)}${r.ok ? '' : ' (failed)'} | ${r.load[0]} → ${r.load[1]} |`);
console.log(`| ${pad('**`npm test`, total**', 24)} | ${total.toFixed(1).padStart(6)} | |`);

mkdirSync('tests/.tmp', { recursive: true });
const out = join('tests/.tmp', 'test-times.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), cores: availableParallelism(), total, steps: results }, null, 2) + '\n');
console.log(`\nwritten to ${out}`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
