/**
 * Small pieces the browser tests share: a recorder of Content-Security-Policy violations, and
 * a one-page server on another origin (the journalist's article that embeds a chart).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Download, Frame, Page } from 'playwright-core';

/** Records every policy violation (directive and blocked address) in each document of the context or page, frames included, from its first script on. */
export async function watchCsp(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** The violations recorded so far in a page's (or frame's) current document. */
export const cspViolations = (target: Page | Frame): Promise<string[]> => target.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** An article page around `body`, as a news site would publish it. */
export const article = (body: string, margin = '0') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title></head>` +
  `<body style="margin:${margin}"><h1>An article</h1>${body}<p>The end.</p></body></html>`;

/** Serves one HTML page on 127.0.0.1 at a free port: another origin than the site's. */
export async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const s: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/`, close: () => new Promise((ok) => s.close(() => ok())) };
}

/**
 * The bytes of a finished download. Read through Playwright's stream, which works both with a
 * browser of its own and with the browser suite's shared Chromium (connected to, where the
 * downloaded file has no local path).
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
