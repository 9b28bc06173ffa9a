/**
 * Reads the year narratives from disk (for `npm run check`, outside Astro): front matter with
 * `yaml`, checked with the same schema as the content collection, and every <Value> checked
 * against the data, so a mistake is reported before the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DataIssue } from '../validation/issues.ts';
import type { Tables } from '../validation/load.ts';
import { slugs } from '../../schemas/index.ts';
import { fileLine, narrativeSchema, withoutCode, type NarrativeEntry } from './narratives.ts';
import { resolveValue } from './value.ts';

export function readNarratives(dir: string, shownDir = 'content/years'): { entries: NarrativeEntry[]; issues: DataIssue[] } {
  const entries: NarrativeEntry[] = [];
  const issues: DataIssue[] = [];
  if (!existsSync(dir)) return { entries, issues };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = `${shownDir}/${name}`;
    const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    if (!m) {
      issues.push({ severity: 'error', file, code: 'front_matter', expected: { en: 'a front matter block between two --- lines at the top', ka: 'თავში ორ --- ხაზს შორის მოთავსებული მონაცემები (front matter)' }, found: text.slice(0, 40) });
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(m[1]!);
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
    // Messages give lines as an editor numbers them: the body starts after the front matter and its two --- lines.
    entries.push({ id: name.replace(/\.mdx$/, ''), data: parsed.data, body: m[2] ?? '', bodyLine: m[1]!.split('\n').length + 3 });
  }
  return { entries, issues };
}

/** Every <Value dataset=… row=… column=…/> in the narratives must name a real cell. */
export function valueIssues(entries: readonly NarrativeEntry[], tables: Tables, shownDir = 'content/years'): DataIssue[] {
  const out: DataIssue[] = [];
  for (const e of entries) {
    // A tag quoted in code or a comment (the draft's own instructions) is not a figure to resolve.
    withoutCode(e.body ?? '').split('\n').forEach((line, i) => {
      for (const tag of line.matchAll(/<Value\b([^>]*)\/?>/g)) {
        const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag[1]!)?.[1] ?? '';
        try {
          resolveValue(tables, { dataset: attr('dataset'), row: attr('row'), column: attr('column'), case: attr('case') || undefined }, e.data.lang);
        } catch {
          // The tag as written, in no language: the expectation and the fix say what is wrong with it.
          out.push({
            severity: 'error',
            file: `${shownDir}/${e.id}.mdx`,
            row: fileLine(e, i + 1),
            code: 'unknown_value',
            expected: { en: `a <Value> that names a dataset (${slugs.join(', ')}), a row key and a column that exist`, ka: `<Value>, რომელიც არსებულ მონაცემთა ნაკრებს (${slugs.join(', ')}), სტრიქონს და სვეტს ასახელებს` },
            found: tag[0],
            hint: { en: 'the row is the row\'s key (programs: the year; beneficiaries: year/service_id) and the column its name in the CSV file', ka: 'row არის სტრიქონის გასაღები (programs: წელი; beneficiaries: წელი/service_id), column კი სვეტის სახელი CSV ფაილში' },
          });
        }
      }
    });
  }
  return out;
}
