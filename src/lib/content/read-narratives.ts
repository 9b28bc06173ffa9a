/**
 * Reads the year narratives from disk (for `npm run check`, outside Astro): front matter with
 * `yaml`, checked with the same schema as the content collection, and every <Value> checked
 * against the data, so a mistake is reported before the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DataIssue } from '../validation/issues.ts';
import { narrativeSchema, type NarrativeEntry } from './narratives.ts';
import { splitFrontMatter } from './narrative-check.ts';

export { valueIssues } from './narrative-check.ts';

export function readNarratives(dir: string, shownDir = 'content/years'): { entries: NarrativeEntry[]; issues: DataIssue[] } {
  const entries: NarrativeEntry[] = [];
  const issues: DataIssue[] = [];
  if (!existsSync(dir)) return { entries, issues };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = `${shownDir}/${name}`;
    const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const m = splitFrontMatter(text);
    if (!m) {
      issues.push({ severity: 'error', file, code: 'front_matter', expected: { en: 'a front matter block between two --- lines at the top', ka: 'თავში ორ --- ხაზს შორის მოთავსებული მონაცემები (front matter)' }, found: text.slice(0, 40) });
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(m.front);
    } catch (e) {
      issues.push({ severity: 'error', file, code: 'front_matter', expected: { en: 'valid front matter (name: value per line)', ka: 'სწორი front matter (სახელი: მნიშვნელობა თითო ხაზზე)' }, found: (e as Error).message.split('\n')[0]! });
      continue;
    }
    const parsed = narrativeSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        issues.push({ severity: 'error', file, column: String(i.path[0] ?? ''), code: 'front_matter', expected: { en: i.message, ka: i.message }, found: String((raw as Record<string, unknown> | null)?.[String(i.path[0])] ?? '') });
      }
      continue;
    }
    entries.push({ id: name.replace(/\.mdx$/, ''), data: parsed.data, body: m.body, bodyLine: m.bodyLine });
  }
  return { entries, issues };
}
