/**
 * `npm test`: every check of the project, side by side where they do not need each other, on
 * as many cores as the machine has.
 *
 * - `build` (the real site) starts at once, beside `typecheck` only, and the two steps that
 *   read `dist/` start as soon as it ends: `test:html` and `test:e2e`. This is the longest chain.
 * - `test:unit` and `test:build` need nothing built, but start when the build ends, so that
 *   they do not slow the start of that chain; they fill the time the browser suite leaves idle.
 *
 * Each step's output is kept and printed whole when the step ends, so parallel steps never mix
 * their lines. The first step that fails stops the others; its output is printed, and the exit
 * code is 1. At the end a table gives each step's start, end and seconds, and the load average
 * (these machines are shared: a step measured while other work runs takes longer); it is also
 * written to tests/.tmp/test-times.json. `npm run time:test` is the same command.
 *
 * `npm test -- test:unit typecheck` runs only the steps named (a step whose input is missing,
 * e.g. `test:e2e` without `build`, reads the `dist/` that is there).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

interface Step {
  /** The npm script. */
  name: string;
  /** Steps that must have passed first. */
  after: string[];
}

// `build` shares the cores only with `typecheck` at first: the browser suite, the longest
// chain, waits for it, so the sooner it ends the sooner that chain starts (measured on 2
// cores: 68 s beside all four side steps, about 25 s beside the type check alone). The unit and
// whole-build tests need nothing built; they start with the browser suite and fill its waits.
export const STEPS: Step[] = [
  { name: 'build', after: [] },
  { name: 'typecheck', after: [] },
  { name: 'test:html', after: ['build'] },
  { name: 'test:e2e', after: ['build'] },
  { name: 'test:unit', after: ['build'] },
  { name: 'test:build', after: ['build'] },
];

const only = process.argv.slice(2);
for (const s of only) if (!STEPS.some((x) => x.name === s)) throw new Error(`"${s}" is not a step of npm test (${STEPS.map((x) => x.name).join(', ')})`);
const steps = only.length ? STEPS.filter((s) => only.includes(s.name)).map((s) => ({ ...s, after: s.after.filter((a) => only.includes(a)) })) : STEPS;

const t0 = performance.now();
const seconds = () => Math.round((performance.now() - t0) / 100) / 10;
const load1 = () => Number(loadavg()[0]!.toFixed(2));
const loadAtStart = load1();

interface Result {
  step: string;
  start: number;
  end: number;
  seconds: number;
  ok: boolean;
}
const results: Result[] = [];
const running = new Map<string, ChildProcess>();
const done = new Set<string>();
let failed = false;

function start(step: Step): Promise<void> {
  const begun = seconds();
  console.log(`▶ ${begun.toFixed(1).padStart(6)} s  npm run ${step.name}`);
  // Its own session and process group (detached), so that stopping it stops its workers and
  // browsers too. Every step gets an equal share of the cores: lowering the side steps'
  // priority (nice, and Linux's per-session autogroup) was tried and starved them into their
  // backstop timeouts without making the whole run shorter (614 s either way).
  const child = spawn('npm', ['run', '--silent', step.name], { detached: true });
  running.set(step.name, child);
  const out: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => out.push(b));
  child.stderr!.on('data', (b: Buffer) => out.push(b));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(step.name);
      const end = seconds();
      const ok = code === 0;
      if (signal && failed) {
        console.log(`■ ${end.toFixed(1).padStart(6)} s  npm run ${step.name}: stopped (another step failed)`);
        return resolve();
      }
      results.push({ step: step.name, start: begun, end, seconds: Math.round((end - begun) * 10) / 10, ok });
      console.log(`\n${ok ? '✔' : '✘'} ${end.toFixed(1).padStart(6)} s  npm run ${step.name} ${ok ? 'passed' : 'FAILED'} (${(end - begun).toFixed(1)} s)\n${'─'.repeat(72)}`);
      process.stdout.write(Buffer.concat(out));
      console.log('─'.repeat(72));
      if (ok) done.add(step.name);
      else if (!failed) {
        failed = true;
        for (const c of running.values()) if (c.pid) process.kill(-c.pid, 'SIGTERM');
      }
      resolve();
    });
  });
}

/** Starts every step whose prerequisites have passed, until none is left or one fails. */
async function runAll(): Promise<void> {
  const waiting = [...steps];
  const inFlight = new Set<Promise<void>>();
  const launchReady = () => {
    for (const s of [...waiting]) {
      if (failed || !s.after.every((a) => done.has(a))) continue;
      waiting.splice(waiting.indexOf(s), 1);
      const p = start(s).then(() => {
        inFlight.delete(p);
      });
      inFlight.add(p);
    }
  };
  launchReady();
  while (inFlight.size) {
    await Promise.race(inFlight);
    launchReady();
  }
  if (!failed && waiting.length) throw new Error(`steps never started: ${waiting.map((s) => s.name).join(', ')}`);
}

process.on('SIGINT', () => {
  for (const c of running.values()) if (c.pid) process.kill(-c.pid, 'SIGTERM');
  process.exit(130);
});

await runAll();
const total = seconds();
const cores = availableParallelism();
console.log(`\n${cores} cores; load average (1 min) ${loadAtStart} at the start, ${load1()} at the end.\n`);
console.log('| step | start (s) | end (s) | seconds |');
console.log('|---|---:|---:|---:|');
for (const r of [...results].sort((a, b) => a.start - b.start)) console.log(`| \`npm run ${r.step}\`${r.ok ? '' : ' (failed)'} | ${r.start.toFixed(1)} | ${r.end.toFixed(1)} | ${r.seconds.toFixed(1)} |`);
console.log(`| **${only.length ? 'these steps' : '`npm test`'}, total** | | | **${total.toFixed(1)}** (${(total / 60).toFixed(1)} min) |`);

mkdirSync('tests/.tmp', { recursive: true });
writeFileSync(join('tests/.tmp', 'test-times.json'), JSON.stringify({ date: new Date().toISOString(), cores, total, load: [loadAtStart, load1()], steps: results }, null, 2) + '\n');
if (failed || results.some((r) => !r.ok)) {
  console.error(`\nnpm test failed: ${results.filter((r) => !r.ok).map((r) => r.step).join(', ')}`);
  process.exitCode = 1;
}
