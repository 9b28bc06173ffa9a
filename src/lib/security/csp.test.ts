import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FILE_POLICY, frameAncestors, headerPolicy, headersFile, inlineScripts, metaPolicy, pageKindOf, SECURITY_HEADERS } from './csp.ts';

describe('contentSecurityPolicy', () => {
  it('contentSecurityPolicy allows only the site’s own files and no inline script', () => {
    const p = contentSecurityPolicy('page');
    expect(p).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'");
    expect(p).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
  it('contentSecurityPolicy lets the search page compile WebAssembly, and nothing more', () => {
    expect(contentSecurityPolicy('search')).toBe(contentSecurityPolicy('page').replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
  });
  it('contentSecurityPolicy has no frame-ancestors (a <meta> policy cannot carry it)', () => {
    for (const kind of ['page', 'search', 'embed'] as const) expect(contentSecurityPolicy(kind)).not.toContain('frame-ancestors');
  });
});

describe('headers', () => {
  it('frameAncestors lets anyone frame an embed page and only the site frame the others', () => {
    expect(frameAncestors('embed')).toBe('frame-ancestors *');
    expect(frameAncestors('page')).toBe("frame-ancestors 'self'");
  });
  it('headerPolicy adds frame-ancestors to the meta policy', () => {
    expect(headerPolicy('default-src x', 'search')).toBe("default-src x; frame-ancestors 'self'");
  });
  // The search and embed pages in both languages; every other page is a page.
  it.each([
    ['/search/', 'search'],
    ['/en/search/', 'search'],
    ['/en/embed/budget-by-year/', 'embed'],
    ['/budget/', 'page'],
  ] as const)('pageKindOf(%s) is %s', (path, kind) => {
    expect(pageKindOf(path)).toBe(kind);
  });
  it('headersFile gives the common headers to every path and each page its own policy, under the base', () => {
    const file = headersFile(
      [
        { path: '/r/search/', kind: 'search', policy: 'P2' },
        { path: '/r/', kind: 'page', policy: 'P1' },
      ],
      '/r/',
    );
    const lines = file.trim().split('\n');
    expect(lines[1]).toBe('/r/*');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(lines).toContain(`  ${k}: ${v}`);
    expect(file).toContain("/r/\n  Content-Security-Policy: P1; frame-ancestors 'self'\n/r/search/\n  Content-Security-Policy: P2; frame-ancestors 'self'\n");
    // Only one policy per path: no wildcard rule carries one for pages.
    expect(lines.filter((l) => l === '/r/*')).toHaveLength(1);
    expect(file.split('/r/*\n')[1]!.split('\n/r/')[0]).not.toContain('Content-Security-Policy');
  });
});

describe('inlineScripts', () => {
  it('inlineScripts finds executable inline scripts and ignores external ones and data blocks', () => {
    const html = `<script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script>alert(1)</script><script type="module">import x</script>`;
    expect(inlineScripts(html)).toEqual(['alert(1)', 'import x']);
  });
});

describe('metaPolicy', () => {
  it('metaPolicy reads the policy of a page, entities decoded', () => {
    expect(metaPolicy(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;">`)).toBe("default-src 'none'");
    expect(metaPolicy('<meta charset="utf-8">')).toBeNull();
  });
});

describe('docs/nginx/reintegration-site.conf', () => {
  it('docs/nginx/reintegration-site.conf sends the same policies and headers as the build', () => {
    const conf = readFileSync('docs/nginx/reintegration-site.conf', 'utf8');
    expect(conf).toContain(`set $csp_page   "${headerPolicy(contentSecurityPolicy('page'), 'page')}"`);
    expect(conf).toContain(`set $csp_search "${headerPolicy(contentSecurityPolicy('search'), 'search')}"`);
    expect(conf).toContain(`set $csp_embed  "${headerPolicy(contentSecurityPolicy('embed'), 'embed')}"`);
    expect(conf).toContain(`set $csp_file   "${FILE_POLICY}"`);
    expect(conf).toContain(`set $permissions "${SECURITY_HEADERS['Permissions-Policy']}"`);
    expect(conf).toContain(`add_header Referrer-Policy "${SECURITY_HEADERS['Referrer-Policy']}" always;`);
  });
});
