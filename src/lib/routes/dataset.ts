/** A dataset page's model (/data/<slug>/): its facts, columns, a preview, sources, citations and JSON-LD. */
import { datasets, slugs, type Slug } from '../../schemas/index.ts';
import { citedSources } from '../downloads/sources-cited.ts';
import { bibtex, citation } from '../downloads/citation.ts';
import { datasetJsonLd, jsonLdScript } from '../downloads/jsonld.ts';
import { datasetPageUrl } from '../downloads/urls.ts';
import type { Publication } from '../downloads/publication.ts';
import type { AnyRow, Licence, Publisher } from '../downloads/types.ts';
import { columnDocs, coverageText, fileLink, previewCell } from './data-catalogue.ts';
import type { RouteContext } from './context.ts';
import { nextReleaseView, releaseFileUrl } from './releases.ts';
import type { Release } from '../releases/store.ts';
import type { CalendarRow } from '../releases/calendar.ts';
import { localeStaticPaths } from '../i18n/routes.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import type { ColumnMeta } from '../../schemas/columns.ts';
import { comparisonOf, qualify } from '../i18n/qualified.ts';

/** How many rows the page previews. */
export const PREVIEW_ROWS = 10;

export interface SiteSettings {
  /** The latest release's version (what a citation pins). */
  version: string;
  /** The latest release: its date and the permanent folder of its files (absolute URL, ending in /). */
  release?: { date: string; folderUrl: string };
  licence: Licence;
  publisher: Publisher;
  catalogue: Parameters<typeof datasetJsonLd>[2]['catalogue'];
}

export function datasetModel(ctx: RouteContext, slug: Slug, pub: Publication, settings: SiteSettings) {
  const { tables, locale, site, base } = ctx;
  const d = datasets[slug];
  const p = pub.datasets.find((x) => x.slug === slug);
  if (!p) throw new Error(`Dataset ${slug} is not in the publication`);
  const rows = tables[slug] as readonly AnyRow[];
  const columns = columnDocs(d, locale);
  const url = datasetPageUrl(site, base, slug, locale);
  const cited = citedSources(d, rows, tables.sources);
  // The producers of the figures, named beside the site: a source's publisher, else its title.
  const originalSources = cited.map((s) => (s.publisher_ka && s.publisher_en ? { ka: s.publisher_ka, en: s.publisher_en } : { ka: s.title_ka, en: s.title_en }));
  const about = {
    title: d.title,
    url,
    version: settings.version,
    date: settings.release?.date ?? p.lastModified,
    publisher: settings.publisher,
    licence: settings.licence,
    originalSources,
    ...(settings.release ? { permanentUrl: `${settings.release.folderUrl}${slug}.csv` } : {}),
  };
  return {
    dataset: d,
    publication: p,
    coverage: coverageText(p.coverage, locale).text,
    columns,
    rowCount: rows.length,
    // A bounded figure keeps its words even in the raw preview: "more than 500000", never "500000".
    preview: rows.slice(0, PREVIEW_ROWS).map((r) =>
      columns.map((c) => {
        const cell = previewCell(r[c.name], locale);
        const q = (d.columns as Record<string, { meta: ColumnMeta }>)[c.name]?.meta.qualifiers;
        return q && !cell.missing ? { ...cell, text: qualify(cell.text, comparisonOf(r[q.comparison]), locale) } : cell;
      }),
    ),
    cited: cited.map((s) => ({ id: s.source_id, title: s[`title_${locale}`] })),
    citation: citation(about)[locale],
    bibtex: bibtex({ ...about, key: `reintegration_${slug}` }),
    jsonLd: jsonLdScript(datasetJsonLd(d, rows, { locale, site, base, version: settings.version, dateModified: p.lastModified, licence: settings.licence, publisher: settings.publisher, catalogue: settings.catalogue }, tables.sources)),
  };
}

/** One page per dataset and language: /data/<slug>/ and /en/data/<slug>/. */
export function datasetPaths() {
  return localeStaticPaths().flatMap(({ params, props }) => slugs.map((slug) => ({ params: { ...params, slug }, props: { ...props, slug } })));
}

export interface DatasetProps {
  locale: Locale;
  slug: Slug;
}

/** What the releases add to a dataset page: the latest release and the next planned one. */
export interface ReleaseInputs {
  releases: readonly Release[];
  calendar: readonly CalendarRow[];
}

/**
 * The whole dataset page: the model above, pinned to the latest frozen release, with the next
 * planned release, the release's own copies of the files (when the release holds this dataset)
 * and each current file's size and checksum.
 */
export function datasetPageModel(ctx: RouteContext, slug: Slug, pub: Publication, r: ReleaseInputs, settings: Omit<SiteSettings, 'version' | 'release'>) {
  const { locale, site, base } = ctx;
  const latest = r.releases.at(-1)?.manifest;
  if (!latest) throw new Error('A dataset page cites the latest frozen release, and releases/ holds none: make one with npm run release');
  const version = latest.version;
  const m = datasetModel(ctx, slug, pub, { ...settings, version, release: { date: latest.date, folderUrl: releaseFileUrl(site, base, version, '') } });
  const next = nextReleaseView(r.calendar, locale);
  const frozen = latest.files.some((f) => f.name === `${slug}.csv`);
  return {
    ...m,
    version,
    next: next ? `${next.when} (${next.status})` : t(locale, 'releases.nextNone'),
    /** The latest release's copies of this dataset, or none when the release predates it. */
    releaseFiles: frozen ? (['csv', 'json', 'xlsx'] as const).map((ext) => ({ name: `${slug}.${ext}`, href: `${base}data/releases/${version}/${slug}.${ext}` })) : [],
    checksums: Object.values(m.publication.files).map((f) => ({ ...fileLink(f, locale, base), sha256: f.sha256 })),
  };
}
