/** `npm run docs`: writes docs/columns.ka.md and docs/columns.en.md from the schemas. */
import { writeFileSync } from 'node:fs';
import { columnReference } from '../src/lib/update/column-docs.ts';

for (const lang of ['ka', 'en'] as const) {
  writeFileSync(`docs/columns.${lang}.md`, columnReference(lang));
  console.log(`docs/columns.${lang}.md`);
}
