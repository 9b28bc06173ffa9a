/**
 * schema.org JSON-LD for a dataset page (`Dataset`) and the catalogue page (`DataCatalog`),
 * the markup that Google Dataset Search and other harvesters read. Pure functions: every URL
 * is built from the `site` and `base` passed in (src/site.config.ts), every date is an input.
 *
 * One entity per dataset, two pages: both language versions of a page describe the same
 * `@id` (the Georgian page's URL + '#dataset'); `name`/`description` follow the page's
 * language and `alternateName` carries the other title. `inLanguage` is the data's: every
 * text column comes in Georgian and English.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import { columnNames } from '../../schemas/dataset.ts';
import type { Locale } from '../i18n/locales.ts';
import { citedSources } from './sources-cited.ts';
import type { AnyRow, DatasetInfo, Licence, Publisher, SourceTitle } from './types.ts';
import { cataloguePageUrl, datasetPageUrl, downloadUrl, homeUrl, MEDIA_TYPES, type DownloadFormat } from './urls.ts';

/** Google Dataset Search wants descriptions of 50 to 5000 characters. */
export const MIN_DESCRIPTION = 50;

const GEORGIA = { ka: 'საქართველო', en: 'Georgia' };
/** Wikidata item of the country Georgia, so that no one confuses it with the US state. */
const GEORGIA_WIKIDATA = 'https://www.wikidata.org/wiki/Q230';

export interface JsonLdContext {
  locale: Locale;
  site: string;
  base: string;
  version: string;
  /** When the data last changed, as an ISO date ('2025-01-31'). */
  dateModified: string;
  licence: Licence;
  publisher: Publisher;
  catalogue: { title: Bilingual; description: Bilingual };
}

export type JsonLd = Record<string, unknown>;

const other = (locale: Locale): Locale => (locale === 'ka' ? 'en' : 'ka');

function organization(ctx: JsonLdContext): JsonLd {
  return {
    '@type': 'Organization',
    name: ctx.publisher.name[ctx.locale],
    alternateName: ctx.publisher.name[other(ctx.locale)],
    url: homeUrl(ctx.site, ctx.base),
    ...(ctx.publisher.contact.url
      ? { contactPoint: { '@type': 'ContactPoint', contactType: 'feedback', url: ctx.publisher.contact.url } }
      : {}),
  };
}

function checkedDescription(text: string, what: string): string {
  if (text.trim().length < MIN_DESCRIPTION) {
    throw new Error(`${what}: the description must be at least ${MIN_DESCRIPTION} characters for dataset search engines, found "${text}"`);
  }
  return text;
}

/**
 * The first and last year that the rows' year and date columns cover, or null if the
 * dataset has none: beneficiaries 2015–2018 → "2015/2018"; a single year → "2017".
 */
export function temporalCoverage(dataset: DatasetInfo, rows: readonly AnyRow[]): string | null {
  const years: number[] = [];
  for (const name of columnNames(dataset)) {
    const type = dataset.columns[name]!.meta.type;
    if (type !== 'year' && type !== 'date') continue;
    for (const row of rows) {
      const v = row[name];
      if (typeof v === 'number') years.push(v);
      else if (typeof v === 'string' && /^\d{4}/.test(v)) years.push(Number(v.slice(0, 4)));
    }
  }
  if (years.length === 0) return null;
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}/${to}`;
}

const DISTRIBUTED: DownloadFormat[] = ['csv', 'json', 'xlsx'];

/** The `Dataset` JSON-LD of one dataset's page. `sources` (rows of sources.csv) feed `citation`. */
export function datasetJsonLd(
  dataset: DatasetInfo,
  rows: readonly AnyRow[],
  ctx: JsonLdContext,
  sources: readonly SourceTitle[] = [],
): JsonLd {
  const { locale, site, base } = ctx;
  const org = organization(ctx);
  const coverage = temporalCoverage(dataset, rows);
  const cited = citedSources(dataset, rows, sources);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${datasetPageUrl(site, base, dataset.slug, 'ka')}#dataset`,
    name: dataset.title[locale],
    alternateName: dataset.title[other(locale)],
    description: checkedDescription(dataset.description[locale], `dataset ${dataset.slug} (${locale})`),
    url: datasetPageUrl(site, base, dataset.slug, locale),
    identifier: dataset.slug,
    version: ctx.version,
    license: ctx.licence.path,
    isAccessibleForFree: true,
    creator: org,
    publisher: org,
    inLanguage: ['ka', 'en'],
    dateModified: ctx.dateModified,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    spatialCoverage: { '@type': 'Place', name: GEORGIA[locale], sameAs: GEORGIA_WIKIDATA },
    variableMeasured: columnNames(dataset).map((name) => {
      const meta = dataset.columns[name]!.meta;
      return {
        '@type': 'PropertyValue',
        name,
        alternateName: meta.label[locale],
        description: meta.description[locale],
        ...(meta.unit ? { unitText: meta.unit[locale] } : {}),
      };
    }),
    distribution: DISTRIBUTED.map((format) => ({
      '@type': 'DataDownload',
      contentUrl: downloadUrl(site, base, dataset.slug, format),
      encodingFormat: MEDIA_TYPES[format],
    })),
    includedInDataCatalog: {
      '@type': 'DataCatalog',
      name: ctx.catalogue.title[locale],
      url: cataloguePageUrl(site, base, locale),
    },
    // schema.org `citation`: the works this dataset cites, i.e. the documents its figures come from.
    ...(cited.length
      ? {
          citation: cited.map((s) => ({
            '@type': 'CreativeWork',
            name: s[`title_${locale}`],
            ...(s.url ? { url: s.url } : {}),
          })),
        }
      : {}),
  };
}

/** The `DataCatalog` JSON-LD of the catalogue page, listing every dataset. */
export function dataCatalogJsonLd(datasets: readonly DatasetInfo[], ctx: JsonLdContext): JsonLd {
  const { locale, site, base } = ctx;
  const org = organization(ctx);
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    '@id': `${cataloguePageUrl(site, base, 'ka')}#catalog`,
    name: ctx.catalogue.title[locale],
    alternateName: ctx.catalogue.title[other(locale)],
    description: checkedDescription(ctx.catalogue.description[locale], `catalogue (${locale})`),
    url: cataloguePageUrl(site, base, locale),
    license: ctx.licence.path,
    creator: org,
    publisher: org,
    inLanguage: ['ka', 'en'],
    dateModified: ctx.dateModified,
    spatialCoverage: { '@type': 'Place', name: GEORGIA[locale], sameAs: GEORGIA_WIKIDATA },
    dataset: datasets.map((d) => ({
      '@type': 'Dataset',
      '@id': `${datasetPageUrl(site, base, d.slug, 'ka')}#dataset`,
      name: d.title[locale],
      description: d.description[locale],
      url: datasetPageUrl(site, base, d.slug, locale),
      license: ctx.licence.path,
    })),
  };
}

/**
 * JSON-LD text safe to put inside `<script type="application/ld+json">`: a "<" in a value
 * (e.g. "</script>") is written as \u003c so it cannot end the script element.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
