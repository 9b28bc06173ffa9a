/**
 * The spelling and glossary check of `npm run check`, as warnings the report shows a person:
 * every word in the ministry's Georgian narratives and data `_ka` cells that neither the
 * Georgian dictionary nor docs/spelling/ka.txt knows (with the dictionary's suggestions), and
 * every banned variant of a glossary term (with the wording to use). Warnings, not errors: a
 * new name or term is often right, and then belongs in the word list.
 */
import { findBanned } from '../i18n/glossary.ts';
import type { DataIssue } from '../validation/issues.ts';
import type { GeorgianText } from './georgian-text.ts';
import { unknownWords, type Speller } from './spelling.ts';

/** At most this many words get suggestions (nspell takes a while per word). */
const MAX_SUGGESTED = 30;

export function spellingIssues(texts: readonly GeorgianText[], speller: Speller): DataIssue[] {
  const out: DataIssue[] = [];
  const byWhere = new Map(texts.map((t) => [t.where, t]));
  unknownWords(texts, speller).forEach((u, i) => {
    const t = byWhere.get(u.where);
    const suggestions = i < MAX_SUGGESTED ? speller.suggest(u.word).slice(0, 3) : [];
    out.push({
      severity: 'warning',
      file: t?.file ?? u.where,
      ...(t?.row !== undefined ? { row: t.row } : {}),
      ...(t?.column !== undefined ? { column: t.column } : {}),
      code: 'spelling',
      expected: { en: 'a word in the Georgian dictionary or in docs/spelling/ka.txt', ka: 'სიტყვა ქართული ლექსიკონიდან ან docs/spelling/ka.txt-დან' },
      found: u.count > 1 ? `${u.word} (×${u.count})` : u.word,
      hint: suggestions.length
        ? {
            en: `did you mean ${suggestions.join(', ')}? If the word is right, add it to docs/spelling/ka.txt`,
            ka: `ხომ არ გულისხმობდით: ${suggestions.join(', ')}? თუ სიტყვა სწორია, დაამატეთ docs/spelling/ka.txt-ში`,
          }
        : { en: 'if the word is right, add it to docs/spelling/ka.txt', ka: 'თუ სიტყვა სწორია, დაამატეთ docs/spelling/ka.txt-ში' },
    });
  });
  for (const t of texts) {
    for (const h of findBanned(t.text)) {
      out.push({
        severity: 'warning',
        file: t.file ?? t.where,
        ...(t.row !== undefined ? { row: t.row } : {}),
        ...(t.column !== undefined ? { column: t.column } : {}),
        code: 'glossary',
        expected: { en: `the glossary's wording: ${h.variant.use} (${h.variant.why})`, ka: `ტერმინი გლოსარიუმიდან: ${h.variant.use}` },
        found: h.match,
        hint: { en: 'see src/lib/i18n/glossary.ts and docs/glossary.md', ka: 'იხ. src/lib/i18n/glossary.ts და docs/glossary.md' },
      });
    }
  }
  return out;
}
