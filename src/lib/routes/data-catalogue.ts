/** The data catalogue's page models: column documentation and row previews from the schemas. */
import type { ColumnMeta } from '../../schemas/columns.ts';
import type { Columns, Dataset } from '../../schemas/dataset.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';
import { notReported } from '../i18n/format.ts';
import { t } from '../i18n/strings/index.ts';
import type { PublishedDataset } from '../downloads/publication.ts';

const TYPE_NAMES: Record<ColumnMeta['type'], { ka: string; en: string }> = {
  string: { ka: 'ტექსტი', en: 'text' },
  integer: { ka: 'მთელი რიცხვი', en: 'whole number' },
  number: { ka: 'რიცხვი', en: 'number' },
  date: { ka: 'თარიღი', en: 'date' },
  year: { ka: 'წელი', en: 'year' },
  boolean: { ka: 'დიახ/არა', en: 'yes/no' },
  list: { ka: 'სია (;-ით)', en: 'list (separated by ;)' },
};

/** The date patterns as each language writes them (Georgian: წელი, თვე, დღე), as the schema descriptions do. */
const DATE_FORMS = {
  en: { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' },
  ka: { day: 'წწწწ-თთ-დდ', month: 'წწწწ-თთ', year: 'წწწწ' },
} as const;

export interface ColumnDoc {
  name: string;
  type: string;
  unit: string | null;
  label: string;
  description: string;
  required: boolean;
  allowed: string | null;
}

export function columnDocs(d: { columns: Columns }, locale: Locale): ColumnDoc[] {
  return Object.entries(d.columns).map(([name, c]) => {
    const m = c.meta;
    const type = m.type === 'date' && m.precisions ? `${TYPE_NAMES.date[locale]} (${m.precisions.map((p) => DATE_FORMS[locale][p]).join(', ')})` : TYPE_NAMES[m.type][locale];
    const range = m.minimum !== undefined || m.maximum !== undefined ? [m.minimum !== undefined ? `≥ ${m.minimum}` : '', m.maximum !== undefined ? `≤ ${m.maximum}` : ''].filter(Boolean).join(', ') : null;
    return {
      name,
      type,
      unit: m.unit ? m.unit[locale] : null,
      label: m.label[locale],
      description: m.description[locale],
      required: m.required,
      allowed: m.options ? m.options.map((o) => `${o.value} (${o.label[locale]})`).join('; ') : range,
    };
  });
}

/** A cell as the preview table shows it: the published value, or "not reported" when empty. */
export function previewCell(value: unknown, locale: Locale): { text: string; missing: boolean } {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return { text: notReported(locale), missing: true };
  return { text: Array.isArray(value) ? value.join(';') : String(value), missing: false };
}

/** Sizes as people read them: 1.2 KB, 35 KB. */
export function formatSize(bytes: number, locale: Locale): string {
  const kb = bytes / 1024;
  const n = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: kb < 10 ? 1 : 0 }).format(kb);
  return locale === 'ka' ? `${n} კბ` : `${n} KB`;
}

export interface FileLink {
  name: string;
  /** Its address under /data/. */
  href: string;
  /** Its size as people read it. */
  size: string;
}

/** A current download as a link: where it is and how large. */
export function fileLink(f: { name: string; size: number }, locale: Locale, base: string): FileLink {
  return { name: f.name, href: `${base}data/${f.name}`, size: formatSize(f.size, locale) };
}

/** A dataset's downloads in the order the pages list them, each with its label. */
const DOWNLOADS = [
  { key: 'data.csv', format: 'csv' },
  { key: 'data.csvExcel', format: 'csv-excel' },
  { key: 'data.json', format: 'json' },
  { key: 'data.xlsx', format: 'xlsx' },
] as const;

export function downloadLinks(dataset: PublishedDataset, locale: Locale, base: string): (FileLink & { label: string })[] {
  return DOWNLOADS.map((d) => ({ label: t(locale, d.key), ...fileLink(dataset.files[d.format], locale, base) }));
}

export type AnyDataset = Dataset<Columns>;

/** A dataset's years as people write them ('2015/2018' → '2015–2018'), or "not reported". */
export function coverageText(coverage: string | null, locale: Locale): { text: string; missing: boolean } {
  return coverage ? { text: coverage.replace('/', '–'), missing: false } : { text: notReported(locale), missing: true };
}
