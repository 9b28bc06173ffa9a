import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOfFile, overBudget, weigh, weightTable } from './page-weight.ts';

// A tiny built site, synthetic: what each kind of file weighs is known exactly.
const dist = mkdtempSync(join(tmpdir(), 'weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const html = '<!doctype html><title>ბიუჯეტი</title>'.repeat(20);
const css = 'body{font-family:sans-serif}'.repeat(50);
const font = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251));
mkdirSync(join(dist, 'budget'), { recursive: true });
mkdirSync(join(dist, '_astro'), { recursive: true });
writeFileSync(join(dist, 'budget', 'index.html'), html);
writeFileSync(join(dist, '_astro', 'style.css'), css);
writeFileSync(join(dist, '_astro', 'f.woff2'), font);
writeFileSync(join(dist, '_astro', 'ქ.js'), 'console.log(1)');

describe('page weight', () => {
  it.each([
    ['/budget/', 'html'],
    ['/404.html', 'html'],
    ['/_astro/a.css', 'css'],
    ['/_astro/a.js', 'js'],
    ['/_astro/a.mjs', 'js'],
    ['/_astro/a.woff2', 'font'],
    ['/favicon.svg', 'other'],
  ] as const)('%s is %s', (path, kind) => expect(kindOfFile(path)).toBe(kind));

  it('weighs the page and what it fetched from dist/: gzip, fonts as they are; an encoded path is decoded', () => {
    const s = weigh(dist, ['/budget/', '/_astro/style.css', '/_astro/f.woff2', `/_astro/${encodeURIComponent('ქ')}.js`]);
    expect(s).toEqual({ html: gzipSync(html).length, css: gzipSync(css).length, js: gzipSync('console.log(1)').length, font: 3000, other: 0 });
  });

  it('refuses an address that is not a file of the site', () => {
    expect(() => weigh(dist, ['/budget/', '/_astro/gone.css'])).toThrow(/\/_astro\/gone\.css is not a file of/);
  });

  it('names each budget a page is over, and none when within', () => {
    const b = { js: 100, htmlCssJs: 1000, fonts: 500, total: 1200 };
    expect(overBudget('/x/', { html: 300, css: 300, js: 100, font: 500, other: 0 }, b)).toEqual([]);
    expect(overBudget('/x/', { html: 600, css: 300, js: 101, font: 501, other: 0 }, b)).toEqual([
      '/x/: JS 101 B > 100 B',
      '/x/: HTML+CSS+JS 1001 B > 1000 B',
      '/x/: fonts 501 B > 500 B',
      '/x/: everything 1502 B > 1200 B',
    ]);
  });

  it('prints a row per page and the largest sizes', () => {
    const t = weightTable([{ page: '/a/', sizes: { html: 2048, css: 1024, js: 0, font: 512, other: 0 } }], { js: 10240, htmlCssJs: 61440, fonts: 15360, total: 46080 });
    expect(t).toMatch(/^\/a\/\s+2\.0\s+1\.0\s+0\.0\s+3\.0\s+0\.5$/m);
    expect(t).toContain('1 pages; largest HTML+CSS+JS 3.0 KB (budget 60 KB)');
    expect(t).toContain('Largest fonts 0.5 KB (budget 15 KB); largest everything 3.5 KB (budget 45 KB).');
  });
});
