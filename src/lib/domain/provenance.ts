/**
 * Where a figure comes from: a row of sources.csv and the place in it (the report's line such
 * as `L3`, or a page's section). Every figure the site shows carries these.
 */
import type { Row } from '../../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { localizePath } from '../i18n/urls.ts';

export interface SourceRef {
  sourceId: string;
  ref: string | null;
}

/** A source as a reader sees it: its title in one language and the places cited. */
export interface Citation {
  id: string;
  title: string;
  places: string | null;
  /** The document's own address, where it has one (printed, so a paper copy can be checked). */
  url: string | null;
}

/** Unique sources in first-seen order. */
export function uniqueSources(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.sourceId}|${r.ref ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One entry per source, with all its places: report L6, L7 → { report, [L6, L7] }. */
export function groupRefs(refs: readonly SourceRef[]): { sourceId: string; refs: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const r of refs) {
    const list = groups.get(r.sourceId) ?? [];
    if (r.ref && !list.includes(r.ref)) list.push(r.ref);
    groups.set(r.sourceId, list);
  }
  return [...groups].map(([sourceId, list]) => ({ sourceId, refs: list }));
}

/** A row's own source and place. */
export function rowRef(r: { source_id: string; source_ref: string | null }): SourceRef {
  return { sourceId: r.source_id, ref: r.source_ref };
}

/** A program year's sources: its main source (if any) and the others that give the same figures. */
export function programRefs(p: Row<'programs'>): SourceRef[] {
  return [...(p.source_id ? [{ sourceId: p.source_id, ref: p.source_ref }] : []), ...p.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))];
}


/** A source's identity and titles: all that citing it needs (a row of sources.csv, narrowed). */
export interface SourceTitle {
  source_id: string;
  title_ka: string;
  title_en: string;
  url?: string | null;
}

/** The references as a reader sees them in `locale`: one entry per source, its places joined. */
export function citations(refs: readonly SourceRef[], sources: readonly SourceTitle[], locale: 'ka' | 'en'): Citation[] {
  return groupRefs(refs).map((g) => {
    return { id: g.sourceId, title: sourceTitle(sources, g.sourceId, locale), places: g.refs.join(', ') || null, url: sources.find((x) => x.source_id === g.sourceId)?.url ?? null };
  });
}

/**
 * What a component that names sources is given: citations already resolved (a chart view's),
 * or references with the sources to name them from.
 */
export type Cited = { cites: readonly Citation[] } | { refs: readonly SourceRef[]; sources: readonly SourceTitle[] };

/** A component that names sources: what it cites, and the language it names them in. */
export type CitedProps = Cited & { locale: Locale };

/** The citations a `Cited` stands for, each with its link to the sources page, and the lead word ("Source" or "Sources"), in `locale`. */
export function citedLinks(c: Cited, locale: Locale, base: string): { word: string; items: (Citation & { href: string })[] } {
  const cites = 'cites' in c ? c.cites : citations(c.refs, c.sources, locale);
  return {
    word: t(locale, cites.length > 1 ? 'figure.sources' : 'figure.source'),
    items: cites.map((s) => ({ ...s, href: localizePath(`/sources/#${s.id}`, locale, base) })),
  };
}

/** The props of a list of rows that cite sources: the sources to name them from, and the language. */
export interface NamingSources {
  sources: readonly SourceTitle[];
  locale: Locale;
}

/** A source's title in `locale`; an id not in sources.csv is a build error. */
export function sourceTitle(sources: readonly SourceTitle[], id: string, locale: 'ka' | 'en'): string {
  const s = sources.find((x) => x.source_id === id);
  if (!s) throw new Error(`Unknown source ${id}: not in sources.csv`);
  return s[`title_${locale}`];
}
