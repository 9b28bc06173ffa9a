/** The column reference of every dataset as Markdown, generated from the schemas, per language. */
import { datasets, slugs } from '../../schemas/index.ts';
import type { Lang } from '../validation/issues.ts';
import { columnDocs } from '../routes/data-catalogue.ts';

const HEAD = {
  en: { title: 'Columns of every dataset', note: 'Generated from src/schemas by `npm run docs`; do not edit by hand.', cols: ['Column', 'Label', 'Meaning', 'Type', 'Unit', 'May be empty', 'Allowed values'], yes: 'yes', no: 'no', key: 'Key' },
  ka: { title: 'მონაცემთა ნაკრებების სვეტები', note: 'შექმნილია ავტომატურად src/schemas-იდან ბრძანებით `npm run docs`; ხელით ნუ შეცვლით.', cols: ['სვეტი', 'დასახელება', 'მნიშვნელობა', 'ტიპი', 'ერთეული', 'შეიძლება ცარიელი იყოს', 'დასაშვები მნიშვნელობები'], yes: 'დიახ', no: 'არა', key: 'გასაღები' },
} as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function columnReference(lang: Lang): string {
  const h = HEAD[lang];
  const out = [`# ${h.title}`, '', `_${h.note}_`, ''];
  for (const slug of slugs) {
    const d = datasets[slug];
    out.push(`## ${d.title[lang]} — \`data/${d.file}\``, '', d.description[lang], '', `${h.key}: ${d.primaryKey.map((k) => `\`${k}\``).join(' + ')}`, '');
    out.push(`| ${h.cols.join(' | ')} |`, `|${h.cols.map(() => '---').join('|')}|`);
    for (const c of columnDocs(d, lang)) {
      out.push(`| \`${c.name}\` | ${cell(c.label)} | ${cell(c.description)} | ${cell(c.type)} | ${cell(c.unit ?? '')} | ${c.required ? h.no : h.yes} | ${cell(c.allowed ?? '')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
