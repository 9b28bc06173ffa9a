/**
 * The parts of the narrative check that need no file system, shared by `npm run check`
 * (`read-narratives.ts`) and the update desk's narrative form (`src/lib/desk/narrative.ts`):
 * the front matter split from the body with the line the body starts on, and every `<Value>`
 * checked against the data.
 */
import type { DataIssue } from '../validation/issues.ts';
import type { Tables } from '../validation/load-from.ts';
import { slugs } from '../../schemas/index.ts';
import { fileLine, withoutCode, type NarrativeEntry } from './narratives.ts';
import { resolveValue } from './value.ts';

/**
 * A narrative's text (`\n` line ends) split into its front matter and body, with the line of
 * the file on which the body starts (after the front matter and its two --- lines), so
 * messages give lines as an editor numbers them. Null without a front matter block.
 */
export function splitFrontMatter(text: string): { front: string; body: string; bodyLine: number } | null {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return null;
  return { front: m[1]!, body: m[2] ?? '', bodyLine: m[1]!.split('\n').length + 3 };
}

/** The attributes of every `<Value … />` tag on a line of prose. */
export function valueTags(line: string): { tag: string; ref: { dataset: string; row: string; column: string; case?: string } }[] {
  return [...line.matchAll(/<Value\b([^>]*)\/?>/g)].map((tag) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag[1]!)?.[1] ?? '';
    return { tag: tag[0], ref: { dataset: attr('dataset'), row: attr('row'), column: attr('column'), ...(attr('case') ? { case: attr('case') } : {}) } };
  });
}

/** Every <Value dataset=… row=… column=…/> in the narratives must name a real cell. */
export function valueIssues(entries: readonly NarrativeEntry[], tables: Tables, shownDir = 'content/years'): DataIssue[] {
  const out: DataIssue[] = [];
  for (const e of entries) {
    // A tag quoted in code or a comment (the draft's own instructions) is not a figure to resolve.
    withoutCode(e.body ?? '').split('\n').forEach((line, i) => {
      for (const { tag, ref } of valueTags(line)) {
        try {
          resolveValue(tables, ref, e.data.lang);
        } catch {
          // The tag as written, in no language: the expectation and the fix say what is wrong with it.
          out.push({
            severity: 'error',
            file: `${shownDir}/${e.id}.mdx`,
            row: fileLine(e, i + 1),
            code: 'unknown_value',
            expected: { en: `a <Value> that names a dataset (${slugs.join(', ')}), a row key and a column that exist`, ka: `<Value>, რომელიც არსებულ მონაცემთა ნაკრებს (${slugs.join(', ')}), სტრიქონს და სვეტს ასახელებს` },
            found: tag,
            hint: { en: 'the row is the row\'s key (programs: the year; beneficiaries: year/service_id) and the column its name in the CSV file', ka: 'row არის სტრიქონის გასაღები (programs: წელი; beneficiaries: წელი/service_id), column კი სვეტის სახელი CSV ფაილში' },
          });
        }
      }
    });
  }
  return out;
}
