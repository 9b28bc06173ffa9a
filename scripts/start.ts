/**
 * `npm start`: the site for whoever clones it. Builds it when dist/ is missing or older than
 * any file it is built from (data/, content/, src/, public/, package.json), then serves dist/
 * at http://127.0.0.1:4321/ (PORT=… for another) until stopped with Ctrl+C.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './lib/static-server.ts';
import { base } from '../src/site.config.ts';

const SOURCES = ['data', 'content', 'src', 'public', 'package.json', 'astro.config.mjs'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  console.log(built ? 'The site changed since the last build: building it again…' : 'Building the site (about a minute)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const server = await serveDir('dist', base, Number(process.env.PORT ?? 4321));
console.log(`The site is at ${server.url} (Ctrl+C stops it).`);
