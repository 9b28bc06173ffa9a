/**
 * An Astro integration that, after the build, checks every page against the security policy
 * and writes the `_headers` file (see csp.ts):
 * - every HTML page must carry its policy in a `<meta http-equiv="Content-Security-Policy">`;
 * - no page may contain an executable inline `<script>` (the policy allows none; JSON-LD data
 *   blocks are fine);
 * - `_headers` gets each page's policy, as built, plus frame-ancestors and the common headers.
 * A violation stops the build with the page and the problem named.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, inlineScripts, metaPolicy, pageKindOf, type PagePolicy } from './csp.ts';

/** Every built HTML page under `dir` (Pagefind's folder left out). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

/** Checks the built pages and writes `<outDir>/_headers`. */
export function checkAndWriteHeaders(outDir: string, base: string): { pages: PagePolicy[]; problems: string[] } {
  const pages: PagePolicy[] = [];
  const problems: string[] = [];
  for (const file of htmlFiles(outDir).sort()) {
    const rel = relative(outDir, file).split(sep).join('/');
    const route = '/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
    const html = readFileSync(file, 'utf8');
    const policy = metaPolicy(html);
    if (!policy) problems.push(`${rel}: no <meta http-equiv="Content-Security-Policy"> (add <SecurityMeta> to its <head>)`);
    for (const s of inlineScripts(html)) problems.push(`${rel}: inline script the policy would block: ${s}`);
    if (policy) pages.push({ path: `${base.replace(/\/$/, '')}${route}`, kind: pageKindOf(route), policy });
  }
  if (!problems.length) writeFileSync(join(outDir, '_headers'), headersFile(pages, base));
  return { pages, problems };
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'reintegration:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, problems } = checkAndWriteHeaders(fileURLToPath(dir), base);
        if (problems.length) throw new Error(`Security policy:\n- ${problems.join('\n- ')}`);
        logger.info(`_headers written: ${pages.length} pages, each with its Content-Security-Policy`);
      },
    },
  };
}
