/**
 * A small static file server for the built site, on 127.0.0.1 and a free port: the browser
 * tests read the real `dist/` as a static host would serve it (index.html for folders, the
 * site's 404.html for anything missing).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { constants, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
};

/**
 * What docs/nginx.conf.example compresses (its gzip_types, plus text/html, which nginx always
 * compresses when gzip is on), at nginx's default gzip_comp_level of 1.
 */
const COMPRESSED = /^(text\/(html|css|javascript|csv|plain)|application\/(json|xml)|image\/svg\+xml)/;

export interface ServeOptions {
  /** Gzip text responses for a client that accepts it, as the nginx example does (off by default). */
  gzip?: boolean;
  /**
   * Files from outside `dir`, by URL path under the base (e.g. a test tool served from the
   * site's origin, so the page's own policy lets it load). Cacheable, so that a browser
   * compiles a script once and reuses V8's code cache on the next page.
   */
  files?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** @param port 0 (the default) for any free port */
export async function serveDir(dir: string, base = '/', port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = '/' + path.slice(base.length);
    const extra = options.files?.[path];
    if (extra) {
      res.writeHead(200, { 'Content-Type': TYPES[extname(extra)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=86400' });
      createReadStream(extra).pipe(res);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : join(root, '404.html');
    if (!existsSync(served)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip = options.gzip && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    const body = createReadStream(served);
    if (gzip) body.pipe(createGzip({ level: 1, flush: constants.Z_NO_FLUSH })).pipe(res);
    else body.pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}${base}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
