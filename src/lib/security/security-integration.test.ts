import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';
import { checkAndWriteHeaders } from './security-integration.ts';

const page = (policy: string | null, body = '') =>
  `<!doctype html><html><head>${policy ? `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">` : ''}</head><body>${body}</body></html>`;

let dir = '';
const site = (files: Record<string, string>) => {
  dir = mkdtempSync(join(tmpdir(), 'headers-'));
  for (const [name, html] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  return dir;
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkAndWriteHeaders', () => {
  it('checkAndWriteHeaders copies each page’s policy into _headers, with frame-ancestors by kind', () => {
    const out = site({
      'index.html': page(contentSecurityPolicy('page'), '<script type="application/ld+json">{}</script>'),
      'en/search/index.html': page(contentSecurityPolicy('search')),
      'embed/x/index.html': page(contentSecurityPolicy('embed')),
      'pagefind/ignored.html': 'not a page',
    });
    const { problems, pages } = checkAndWriteHeaders(out, '/base/');
    expect(problems).toEqual([]);
    expect(pages.map((p) => [p.path, p.kind])).toEqual([['/base/embed/x/', 'embed'], ['/base/en/search/', 'search'], ['/base/', 'page']]);
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    expect(headers).toContain(`/base/en/search/\n  Content-Security-Policy: ${contentSecurityPolicy('search')}; frame-ancestors 'self'`);
    expect(headers).toContain(`/base/embed/x/\n  Content-Security-Policy: ${contentSecurityPolicy('embed')}; frame-ancestors *`);
  });
  it('checkAndWriteHeaders names a page without a policy and a page with an inline script', () => {
    const out = site({ 'a/index.html': page(null), 'b/index.html': page(contentSecurityPolicy('page'), '<script>alert(1)</script>') });
    const { problems } = checkAndWriteHeaders(out, '/');
    expect(problems).toEqual([expect.stringMatching(/^a\/index.html: no <meta/), expect.stringMatching(/^b\/index.html: inline script .*alert\(1\)/)]);
  });
});
