/**
 * The catalogue's `datapackage.json`: a Frictionless Data Package (v2) that lists every
 * dataset's CSV with its size, SHA-256, dialect and inline Table Schema, so that tools such as
 * frictionless, Open Data Editor or a CKAN harvester can load and check the files.
 *
 * Resource paths are relative ('programs.csv'): datapackage.json is published in the same
 * folder as the CSV files, so the package also works when the folder is downloaded or mirrored.
 */
import { CSV_LINE_END } from './csv.ts';
import { tableSchema, type TableSchema } from './table-schema.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import type { DatasetInfo, Licence, Publisher, SourceTitle } from './types.ts';
import { downloadFileName, homeUrl, MEDIA_TYPES } from './urls.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export interface PublishedFile {
  /** Size in bytes of the file as published. */
  bytes: number;
  /** Lower-case hex SHA-256 of the file as published. */
  sha256: string;
}

export interface DataPackageInput {
  /** The datasets, in catalogue order. */
  datasets: readonly DatasetInfo[];
  /** The published (BOM-less) CSV of each dataset, by slug. */
  files: Readonly<Record<string, PublishedFile>>;
  /** Package name: lower case, digits, '-', '_', '.' (stable across versions). */
  name: string;
  title: Bilingual;
  description: Bilingual;
  version: string;
  /** When the data last changed (not the build time, so equal data gives an equal file). */
  created: Date;
  /** Site URL and base path (src/site.config.ts). */
  site: string;
  base: string;
  licence: Licence;
  publisher: Publisher;
  /** Rows of sources.csv: where the figures come from. */
  sources: readonly SourceTitle[];
  keywords?: readonly string[];
}

export interface DataResource {
  name: string;
  type: 'table';
  path: string;
  title: string;
  description: string;
  'x-title-ka': string;
  'x-description-ka': string;
  format: 'csv';
  mediatype: string;
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  dialect: { header: true; delimiter: ','; lineTerminator: string; quoteChar: '"'; doubleQuote: true };
  schema: TableSchema;
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  'x-title-ka': string;
  'x-description-ka': string;
  homepage: string;
  version: string;
  created: string;
  keywords?: string[];
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string; roles: string[]; path?: string }[];
  sources: { title: string; path?: string }[];
  resources: DataResource[];
}

/** The Data Package descriptor; serialize with `JSON.stringify(pkg, null, 2)`. */
export function dataPackage(input: DataPackageInput): DataPackage {
  const { licence, publisher } = input;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: input.name,
    title: input.title.en,
    description: input.description.en,
    'x-title-ka': input.title.ka,
    'x-description-ka': input.description.ka,
    homepage: homeUrl(input.site, input.base),
    version: input.version,
    created: input.created.toISOString(),
    ...(input.keywords?.length ? { keywords: [...input.keywords] } : {}),
    licenses: [{ name: licence.id, path: licence.path, title: licence.title }],
    contributors: [
      {
        title: publisher.name.en,
        roles: ['publisher'],
        ...(publisher.contact.url ? { path: publisher.contact.url } : {}),
      },
    ],
    sources: input.sources.map((s) => ({ title: s.title_en, ...(s.url ? { path: s.url } : {}) })),
    resources: input.datasets.map((d) => {
      const file = input.files[d.slug];
      if (!file) throw new Error(`datapackage: no published CSV was given for the dataset "${d.slug}"`);
      if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new Error(`datapackage: "${file.sha256}" is not a hex SHA-256 (${d.slug})`);
      return {
        name: d.slug,
        type: 'table',
        path: downloadFileName(d.slug, 'csv'),
        title: d.title.en,
        description: d.description.en,
        'x-title-ka': d.title.ka,
        'x-description-ka': d.description.ka,
        format: 'csv',
        mediatype: MEDIA_TYPES.csv,
        encoding: 'utf-8',
        bytes: file.bytes,
        // v2: "{algorithm}:{hash}" for anything but MD5.
        hash: `sha256:${file.sha256}`,
        dialect: { header: true, delimiter: ',', lineTerminator: CSV_LINE_END, quoteChar: '"', doubleQuote: true },
        schema: tableSchema(d),
      };
    }),
  };
}
