/**
 * Builds the search index (`dist/pagefind/`) with Pagefind's Node API from the built pages,
 * each prepared by src/lib/search/index-html.ts (cells kept apart, numbers joined). Replaces
 * `pagefind --site dist`: the same index, language by language, read from the same pages.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../src/lib/security/security-integration.ts';
import { indexableHtml } from '../src/lib/search/index-html.ts';

const dist = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(dist)) {
  const r = await index.addHTMLFile({ sourcePath: relative(dist, file).split(sep).join('/'), content: indexableHtml(readFileSync(file, 'utf8')) });
  if (r.errors.length) throw new Error(`Pagefind, ${file}: ${r.errors.join('; ')}`);
  if (r.file) pages++;
}
const w = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (w.errors.length) throw new Error(`Pagefind: ${w.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages} pages in ${join(dist, 'pagefind')}`);
