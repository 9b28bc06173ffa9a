/**
 * The sources and methodology page, computed from the data and the schemas: the list of
 * sources, what each column means, what is not known, and where sources disagree.
 */
import type { Tables } from '../validation/load.ts';
import { datasets, type Row, type Slug } from '../../schemas/index.ts';
import { sources as sourcesSchema } from '../../schemas/sources.ts';
import type { Bilingual, ColumnMeta, FieldType } from '../../schemas/columns.ts';
import { chronological } from '../domain/milestones.ts';
import { optionLabel } from '../../schemas/options.ts';
import { pair } from '../i18n/locales.ts';

// ─── Sources ──────────────────────────────────────────────────────────────────────────────

type SourceKind = Row<'sources'>['kind'];

export interface SourceEntry {
  id: string;
  kind: SourceKind;
  kindLabel: Bilingual;
  title: Bilingual;
  /** null: the source does not say who published it. */
  publisher: Bilingual | null;
  /** Partial ISO date, or null when unknown. */
  published: string | null;
  url: string | null;
  language: Row<'sources'>['language'];
  languageLabel: Bilingual;
  note: Bilingual | null;
}


/** Kinds of source in the schema's order: the order the page groups them in. */
export const SOURCE_KINDS: readonly { value: SourceKind; label: Bilingual }[] = sourcesSchema.columns.kind.meta.options as readonly {
  value: SourceKind;
  label: Bilingual;
}[];

export function sourceEntries(t: Pick<Tables, 'sources'>): SourceEntry[] {
  return t.sources.map((s) => ({
    id: s.source_id,
    kind: s.kind,
    kindLabel: optionLabel(sourcesSchema.columns.kind, s.kind),
    title: { ka: s.title_ka, en: s.title_en },
    publisher: pair(s.publisher_ka, s.publisher_en),
    published: s.published,
    url: s.url,
    language: s.language,
    languageLabel: optionLabel(sourcesSchema.columns.language, s.language),
    note: pair(s.note_ka, s.note_en),
  }));
}

/** Sources grouped by kind, kinds in the schema's order, sources in file order; empty kinds left out. */
export function sourcesByKind(t: Pick<Tables, 'sources'>): { kind: SourceKind; label: Bilingual; sources: SourceEntry[] }[] {
  const all = sourceEntries(t);
  return SOURCE_KINDS.map((k) => ({ kind: k.value, label: k.label, sources: all.filter((s) => s.kind === k.value) })).filter((g) => g.sources.length);
}

// ─── What each figure means ───────────────────────────────────────────────────────────────

/** The datasets whose columns the methodology explains (the others are documented on /data/). */
export const MAIN_DATASETS: readonly Slug[] = ['programs', 'beneficiaries', 'services', 'milestones', 'mobility_centres'];

export interface ColumnDoc {
  name: string;
  type: FieldType;
  label: Bilingual;
  description: Bilingual;
  unit: Bilingual | null;
  required: boolean;
  options: readonly { value: string; label: Bilingual }[];
}

export interface DatasetDoc {
  slug: Slug;
  file: string;
  title: Bilingual;
  description: Bilingual;
  columns: ColumnDoc[];
}

/** Each dataset's columns with their labels, descriptions and units, straight from the schema. */
export function datasetDocs(slugs: readonly Slug[] = MAIN_DATASETS): DatasetDoc[] {
  return slugs.map((slug) => {
    const d = datasets[slug];
    const columns = Object.entries(d.columns as Record<string, { meta: ColumnMeta }>).map(([name, c]) => ({
      name,
      type: c.meta.type,
      label: c.meta.label,
      description: c.meta.description,
      unit: c.meta.unit ?? null,
      required: c.meta.required,
      options: c.meta.options ?? [],
    }));
    return { slug, file: d.file, title: d.title, description: d.description, columns };
  });
}

// ─── What is not known ───────────────────────────────────────────────────────────────────

export type UnknownField = 'period' | 'budget' | 'persons';

export interface YearUnknowns {
  year: number;
  /** Cells of programs.csv that are empty that year. */
  missing: UnknownField[];
  /** The sources list no services for the year. */
  noServiceList: boolean;
  /** How many directions the source counts where it lists none (null: no count either). */
  directions: number | null;
  /** Services listed for the year whose count of beneficiaries is not reported. */
  uncountedServices: string[];
}

/** For every program year, what the data leaves empty; years with nothing missing are left out. */
export function unknownsByYear(t: Pick<Tables, 'programs' | 'beneficiaries'>): YearUnknowns[] {
  return [...t.programs]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      const rows = t.beneficiaries.filter((b) => b.year === p.year);
      const missing: UnknownField[] = [];
      if (p.period_start === null || p.period_end === null) missing.push('period');
      if (p.budget_gel === null) missing.push('budget');
      if (p.persons_served === null) missing.push('persons');
      return {
        year: p.year,
        missing,
        noServiceList: rows.length === 0,
        directions: rows.length === 0 ? p.service_directions : null,
        uncountedServices: rows.filter((r) => r.persons === null).map((r) => r.service_id),
      };
    })
    .filter((u) => u.missing.length || u.noServiceList || u.uncountedServices.length);
}

// ─── Where sources disagree ──────────────────────────────────────────────────────────────

export interface Disagreement {
  /** The event, as the ids name it: `more-for-more`. */
  event: string;
  /** One milestone per source, oldest date first. */
  accounts: Row<'milestones'>[];
}

/**
 * Milestones that are different sources' accounts of one event, where the sources give
 * different dates. By the data's convention such a milestone is named
 * `<event>-<source>`, where `<source>` begins its source_id (`more-for-more-mra` cites
 * `mra-2369`, `more-for-more-report` cites `report-2018-06`).
 */
export function dateDisagreements(t: Pick<Tables, 'milestones'>): Disagreement[] {
  const groups = new Map<string, Row<'milestones'>[]>();
  for (const m of t.milestones) {
    const at = m.milestone_id.lastIndexOf('-');
    if (at <= 0) continue;
    const suffix = m.milestone_id.slice(at + 1);
    if (!m.source_id.startsWith(suffix)) continue;
    const event = m.milestone_id.slice(0, at);
    groups.set(event, [...(groups.get(event) ?? []), m]);
  }
  return [...groups]
    .filter(([, ms]) => new Set(ms.map((m) => m.source_id)).size > 1 && new Set(ms.map((m) => m.date)).size > 1)
    .map(([event, ms]) => ({ event, accounts: chronological(ms) }));
}
