/**
 * Every Georgian text the site publishes, each with where it comes from, for the glossary
 * test and the spelling check: UI strings, schema texts (titles, labels, descriptions, units,
 * option labels), the site's catalogue texts, data `_ka` cells, the Georgian narratives
 * (prose only: `<Value … />` tags and front-matter keys removed) and docs/*.ka.md (code
 * removed).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { strings } from '../i18n/strings/index.ts';
import { datasets } from '../../schemas/index.ts';
import type { ColumnMeta } from '../../schemas/columns.ts';
import { catalogue, publisher } from '../../site.config.ts';

export type TextKind = 'ui' | 'schema' | 'data' | 'narrative' | 'doc';

export interface GeorgianText {
  kind: TextKind;
  /** Where: `ka.ts about.title`, `schemas/programs.ts budget_gel.description`, `data/programs.csv:5 note_ka`… */
  where: string;
  text: string;
  /** For data cells and narratives: the file, its row (CSV, header = 1) or line, and the column. */
  file?: string;
  row?: number;
  column?: string;
}

export function uiTexts(): GeorgianText[] {
  return Object.entries(strings.ka).map(([key, text]) => ({ kind: 'ui' as const, where: `strings ${key}`, text }));
}

export function schemaTexts(): GeorgianText[] {
  const out: GeorgianText[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push({ kind: 'schema', where, text });
  };
  for (const [slug, d] of Object.entries(datasets)) {
    add(`schemas/${slug}.ts title`, d.title.ka);
    add(`schemas/${slug}.ts description`, d.description.ka);
    for (const [name, col] of Object.entries(d.columns as Record<string, { meta: ColumnMeta }>)) {
      const m = col.meta;
      add(`schemas/${slug}.ts ${name}.label`, m.label.ka);
      add(`schemas/${slug}.ts ${name}.description`, m.description.ka);
      add(`schemas/${slug}.ts ${name}.unit`, m.unit?.ka);
      for (const o of m.options ?? []) add(`schemas/${slug}.ts ${name}=${o.value}`, o.label.ka);
    }
  }
  add('site.config.ts publisher', publisher.name.ka);
  add('site.config.ts catalogue.title', catalogue.title.ka);
  add('site.config.ts catalogue.description', catalogue.description.ka);
  return out;
}

/** Every non-empty `*_ka` cell of the CSV files in `dataDir`. */
export function dataTexts(dataDir: string, shownDir = 'data'): GeorgianText[] {
  const out: GeorgianText[] = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.csv')).sort()) {
    const rows = Papa.parse<string[]>(readFileSync(join(dataDir, file), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = rows[0] ?? [];
    rows.slice(1).forEach((row, i) => {
      header.forEach((h, j) => {
        const text = row[j];
        if (h.endsWith('_ka') && text) {
          out.push({ kind: 'data', where: `${shownDir}/${file}:${i + 2} ${h}`, text, file: `${shownDir}/${file}`, row: i + 2, column: h });
        }
      });
    });
  }
  return out;
}

/** The prose of a Georgian narrative: `summary` and the body, without tags or expressions. */
export function narrativeProse(mdx: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(mdx);
  const front = m ? m[1]! : '';
  const body = m ? m[2]! : mdx;
  const summary = /^summary:\s*(.*)$/m.exec(front)?.[1];
  if (summary) out.push({ line: 0, text: summary.replace(/^["']|["']$/g, '') });
  // Lines as an editor numbers them: the body starts after the front matter and its two --- lines.
  const first = m ? front.split('\n').length + 3 : 1;
  body.split('\n').forEach((l, i) => {
    const text = l.replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
    if (text) out.push({ line: first + i, text });
  });
  return out;
}

export function narrativeTexts(contentDir: string, shownDir = 'content/years'): GeorgianText[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .filter((f) => f.endsWith('.ka.mdx'))
    .sort()
    .flatMap((f) =>
      narrativeProse(readFileSync(join(contentDir, f), 'utf8')).map((p) => ({
        kind: 'narrative' as const,
        where: `${shownDir}/${f}${p.line ? `:${p.line}` : ' summary'}`,
        text: p.text,
        file: `${shownDir}/${f}`,
        ...(p.line ? { row: p.line } : { column: 'summary' }),
      })),
    );
}

/** docs/*.ka.md, paragraph by line, without fenced code and inline code. */
export function docTexts(docsDir: string, shownDir = 'docs'): GeorgianText[] {
  const out: GeorgianText[] = [];
  for (const f of readdirSync(docsDir).filter((x) => x.endsWith('.ka.md')).sort()) {
    let fenced = false;
    readFileSync(join(docsDir, f), 'utf8')
      .split('\n')
      .forEach((l, i) => {
        if (l.startsWith('```')) fenced = !fenced;
        if (fenced) return;
        const text = l.replace(/`[^`]*`/g, ' ').trim();
        if (text) out.push({ kind: 'doc', where: `${shownDir}/${f}:${i + 1}`, text });
      });
  }
  return out;
}

/** Everything, from the project at `root`. */
export function allGeorgianTexts(root: string): GeorgianText[] {
  return [
    ...uiTexts(),
    ...schemaTexts(),
    ...dataTexts(join(root, 'data')),
    ...narrativeTexts(join(root, 'content/years')),
    ...docTexts(join(root, 'docs')),
  ];
}
