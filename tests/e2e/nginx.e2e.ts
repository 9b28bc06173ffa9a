/**
 * The shipped nginx configuration, served by the real nginx from Debian against the built site.
 * - `nginx -t` on the site snippet (docs/nginx/reintegration-site.conf) inside a plain-HTTP
 *   server, and on the whole http-level file (docs/nginx/reintegration.conf: its TLS server and
 *   its redirect) with a throwaway certificate: syntax ok, and no [warn] or [emerg] at all.
 * - nginx serves dist/ on a free local port with that same snippet (included, not copied), and
 *   one file of each kind (each top folder × each extension, plus the feeds, the sitemap, the
 *   search and embed pages) is fetched with `Accept-Encoding: gzip`: status, Content-Type with
 *   charset for text, gzip for text of some size, Cache-Control, the page's own
 *   Content-Security-Policy and the other security headers, the body byte for byte.
 * - The site's 404 for a missing file and for a folder without index.html (not nginx's 403),
 *   /page → /page/, a 304 when nothing changed, and no nginx version anywhere.
 * nginx missing fails the test: `.ci/run` installs it (`apt-get install nginx`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, extname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FILE_POLICY, headerPolicy, metaPolicy, pageKindOf, SECURITY_HEADERS } from '../../src/lib/security/csp.ts';
import { base } from '../../src/site.config.ts';

const DIST = join(process.cwd(), 'dist');
const SNIPPET = join(process.cwd(), 'docs/nginx/reintegration-site.conf');
const HTTP_FILE = join(process.cwd(), 'docs/nginx/reintegration.conf');

/** Debian installs nginx in /usr/sbin, which is not on a non-root user's PATH. */
function findNginx(): string {
  const dirs = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', ...(process.env.PATH ?? '').split(delimiter)];
  const found = dirs.map((d) => join(d, 'nginx')).find((p) => existsSync(p));
  if (!found) throw new Error('nginx is not installed: this test serves dist/ with the real nginx. Install it with `apt-get install -y nginx` (.ci/run does).');
  return found;
}

/** Every type the site serves, by extension (the feeds are .xml but say RSS). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const RSS = 'application/rss+xml; charset=utf-8';
/** Text worth compressing (nginx leaves out bodies under gzip_min_length, 256 bytes). */
const compressible = (type: string, size: number) => size >= 256 && /^(text\/|application\/(json|xml|rss\+xml)|image\/svg\+xml)/.test(type);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const header = (kind: 'page' | 'search' | 'embed') => headerPolicy(contentSecurityPolicy(kind), kind);

/** URL path of a file in dist/: a page's index.html is asked for by its folder. */
const urlOf = (file: string) => '/' + relative(DIST, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');

interface Sample {
  url: string;
  file: string;
}

/** One file for each top folder and extension, and the files a reader or a feed reader asks for by name. */
function samples(): Sample[] {
  const files = (readdirSync(DIST, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && extname(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
  const seen = new Map<string, string>();
  for (const f of files) {
    const key = `${relative(DIST, f).split(sep)[0]}|${extname(f)}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  const named = ['rss.xml', 'en/rss.xml', 'sitemap-0.xml', 'sitemap-index.xml', 'releases.ics', 'search/index.html', 'en/search/index.html', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json']
    .map((p) => join(DIST, p))
    .concat(files.filter((f) => /^embed\/[^/]+\/index\.html$/.test(relative(DIST, f).split(sep).join('/'))).slice(0, 1));
  return [...new Set([...seen.values(), ...named])].map((file) => ({ url: urlOf(file), file }));
}

/** What nginx must answer for a file of dist/ asked for at `url`. */
function expected(url: string, file: string) {
  const type = /^\/(en\/)?rss\.xml$/.test(url) ? RSS : TYPES[extname(file)];
  let csp = header('page');
  if (url.startsWith('/charts/')) csp = FILE_POLICY;
  else if (url.startsWith('/pagefind/')) csp = header('search');
  else if (file.endsWith('.html')) csp = headerPolicy(metaPolicy(readFileSync(file, 'utf8')) ?? 'no meta policy', pageKindOf(url));
  const cache = url.startsWith('/_astro/') || /\.pf_(meta|index|fragment)$/.test(url) ? IMMUTABLE : 'no-cache';
  return { type, gzip: type !== undefined && compressible(type, statSync(file).size), csp, cache };
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as import('node:net').AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

/** The events block and the paths a non-root nginx may write to, around `http`'s contents. */
function mainConf(dir: string, http: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n');
  // As root, nginx would run its workers as nobody, who may not read the checkout.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;\nevents { worker_connections 64; }\nhttp {\n  access_log off;\n${temp}\n${http}\n}\n`;
}

/** `nginx -t`: its whole output, which must be free of any warning. */
function configTest(nginx: string, conf: string, dir: string): string {
  const r = spawnSync(nginx, ['-t', '-q', '-c', conf, '-e', join(dir, 'error.log'), '-g', `pid ${join(dir, 'test.pid')};`], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.trim() + (r.status === 0 ? '' : `\n(exit ${r.status})`);
}

let nginx = '';
let dir = '';
let origin = '';
let child: ChildProcess | undefined;
let output = '';

beforeAll(async () => {
  nginx = findNginx();
  if (base !== '/') throw new Error(`dist/ was built with BASE_PATH ${base}: this test serves a build at /`);
  dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'nginx.conf'), mainConf(dir, `  server {\n    listen 127.0.0.1:${port};\n    root ${DIST};\n    include ${SNIPPET};\n  }`));
  child = spawn(nginx, ['-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (b) => (output += b));
  child.stderr!.on('data', (b) => (output += b));
  for (let i = 0; ; i++) {
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (i > 100 || child.exitCode !== null) throw new Error(`nginx did not start: ${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((ok) => child!.once('exit', ok));
    child.kill('SIGQUIT');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers: { 'Accept-Encoding': 'gzip', ...headers }, redirect: 'manual' });

/** What every answer carries, error pages and redirects included. */
function expectCommon(res: Response) {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k), k).toBe(v);
  expect(res.headers.get('server')).toBe('nginx');
}

describe('nginx -t', () => {
  it('the site snippet loads in a plain server with no warning', () => {
    const conf = join(dir, 'nginx.conf');
    expect(configTest(nginx, conf, dir)).toBe('');
  });

  it('the whole http-level file (TLS server, redirect to HTTPS) loads with no warning', () => {
    const tls = join(dir, 'tls');
    mkdirSync(join(tls, 'snippets'), { recursive: true });
    symlinkSync(SNIPPET, join(tls, 'snippets', 'reintegration-site.conf'));
    const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', join(tls, 'privkey.pem'), '-out', join(tls, 'fullchain.pem')], { encoding: 'utf8' });
    if (cert.error || cert.status !== 0) throw new Error(`openssl could not make a throwaway certificate (apt-get install -y openssl): ${cert.error?.message ?? cert.stderr}`);
    // Only the certificate paths change; `include snippets/…` resolves beside nginx.conf, as in /etc/nginx.
    const shipped = readFileSync(HTTP_FILE, 'utf8');
    expect(shipped.split('/etc/ssl/reintegration/')).toHaveLength(3);
    writeFileSync(join(tls, 'reintegration.conf'), shipped.replaceAll('/etc/ssl/reintegration/', `${tls}/`));
    writeFileSync(join(tls, 'nginx.conf'), mainConf(tls, `  include ${join(tls, 'reintegration.conf')};`));
    expect(configTest(nginx, join(tls, 'nginx.conf'), tls)).toBe('');
  });
});

describe('nginx serves dist/', () => {
  it('each kind of file with its type, charset, compression, caching and security headers, byte for byte', async () => {
    const list = samples();
    // Not a vacuous pass: every kind the site publishes is among the samples.
    for (const want of ['/', '/rss.xml', '/en/rss.xml', '/sitemap-0.xml', '/releases.ics', '/en/search/'])
      expect(list.map((s) => s.url)).toContain(want);
    for (const ext of ['.csv', '.json', '.xlsx', '.pf_meta', '.pf_index', '.pf_fragment', '.pagefind', '.css', '.js', '.woff2', '.svg', '.png', '.zip'])
      expect(list.some((s) => s.file.endsWith(ext)), ext).toBe(true);
    expect(list.some((s) => s.url.startsWith('/embed/'))).toBe(true);

    const results = await Promise.all(list.map(async ({ url, file }) => ({ url, file, res: await get(url), want: expected(url, file) })));
    for (const { url, file, res, want } of results) {
      const body = Buffer.from(await res.arrayBuffer());
      expect.soft(want.type, `${url}: dist/ has ${extname(file)} files, with no type in this test nor in the snippet`).toBeDefined();
      expect.soft(res.status, url).toBe(200);
      expect.soft(res.headers.get('content-type'), url).toBe(want.type);
      expect.soft(res.headers.get('content-encoding'), url).toBe(want.gzip ? 'gzip' : null);
      expect.soft(res.headers.get('cache-control'), url).toBe(want.cache);
      expect.soft(res.headers.get('content-security-policy'), url).toBe(want.csp);
      expect.soft(body.equals(readFileSync(file)), `${url}: the body is the file`).toBe(true);
      expectCommon(res);
    }
  });

  it('a missing file and a folder without index.html get the site’s own 404, never nginx’s page', async () => {
    const page404 = readFileSync(join(DIST, '404.html'));
    const folders = readdirSync(DIST, { withFileTypes: true }).filter((d) => d.isDirectory() && !existsSync(join(DIST, d.name, 'index.html')));
    expect(folders.map((d) => d.name)).toContain('charts');
    for (const path of ['/no-such-page/', '/data/no-such.csv', '/_astro/no-such.js', ...folders.map((d) => `/${d.name}/`)]) {
      const res = await get(path);
      expect.soft(res.status, path).toBe(404);
      expect.soft(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      // Never cached for a year, even where the file would have been.
      expect.soft(res.headers.get('cache-control'), path).toBe('no-cache');
      expect.soft(res.headers.get('content-security-policy'), path).toBe(header('page'));
      expect.soft(Buffer.from(await res.arrayBuffer()).equals(page404), `${path}: the body is 404.html`).toBe(true);
      expectCommon(res);
    }
  });

  it('a page asked for without its slash is redirected to it, and nginx names no version', async () => {
    for (const [path, to] of [['/budget', '/budget/'], ['/en/search', '/en/search/'], ['/charts', '/charts/']]) {
      const res = await get(path!);
      expect.soft(res.status, path).toBe(301);
      expect.soft(res.headers.get('location'), path).toBe(to);
      expect.soft(await res.text(), path).not.toMatch(/nginx\/\d/);
      expectCommon(res);
    }
  });

  it('a page that has not changed costs a 304 with no body', async () => {
    const first = await get('/budget/');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/budget/', { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });

  it('nginx logged no warning while serving', () => {
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    // The folders without index.html are logged as forbidden before the 404 page: expected.
    const other = log.split('\n').filter((l) => l && !/directory index of .* is forbidden/.test(l));
    expect(other).toEqual([]);
    expect(output).toBe('');
  });
});
