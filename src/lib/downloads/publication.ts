/**
 * Everything published under /data/: for each dataset its CSV, "for Excel" CSV, JSON and XLSX,
 * with sizes and SHA-256 checksums; datapackage.json; and one zip with all of it. Built once
 * per build from the validated tables, so the checksum a page shows is the file's checksum.
 */
import JSZip from 'jszip';
import type { Bilingual } from '../../schemas/columns.ts';
import { datasets, slugs, type Slug } from '../../schemas/index.ts';
import type { Tables } from '../validation/load.ts';
import { byteLength, sha256 } from './checksum.ts';
import { toCsv, toCsvForExcel } from './csv.ts';
import { dataPackage, type DataPackage } from './datapackage.ts';
import { temporalCoverage } from './jsonld.ts';
import { toJson } from './json.ts';
import type { AnyRow, DatasetInfo, Licence, Publisher, SourceTitle } from './types.ts';
import { datasetPageUrl, downloadFileName, MEDIA_TYPES, type DownloadFormat } from './urls.ts';
import { toXlsx } from './xlsx.ts';
import { withFixedZipTimestamps } from './zip-timestamps.ts';

export const FORMATS: readonly DownloadFormat[] = ['csv', 'csv-excel', 'json', 'xlsx'];
export const BUNDLE_NAME = 'all-datasets.zip';

export interface PublishedFile {
  name: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
  mediaType: string;
}

export interface PublishedDataset {
  slug: Slug;
  rowCount: number;
  /** The latest revision date of this dataset (revisions.csv), ISO. */
  lastModified: string;
  /** 'YYYY/YYYY' from the dataset's year or date columns, or null. */
  coverage: string | null;
  files: Record<DownloadFormat, PublishedFile>;
}

export interface Publication {
  datasets: PublishedDataset[];
  datapackage: DataPackage;
  /** Every file under /data/, by name: the downloads, datapackage.json and the zip. */
  files: Map<string, PublishedFile>;
  /** When the data last changed (latest revision), ISO. */
  lastModified: string;
}

export interface PublicationSettings {
  site: string;
  base: string;
  version: string;
  licence: Licence;
  publisher: Publisher;
  catalogue: { name: string; title: Bilingual; description: Bilingual; keywords: readonly string[] };
}

function file(name: string, content: string | Uint8Array, mediaType: string): PublishedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, bytes, size: byteLength(bytes), sha256: sha256(bytes), mediaType };
}

/** The latest revision date of a dataset; the revision log itself changes with any revision. */
export function lastModifiedOf(t: { revisions: readonly { dataset: string; date: string }[] }, slug: string): string {
  const dates = t.revisions.filter((r) => slug === 'revisions' || r.dataset === slug).map((r) => r.date).sort();
  const last = dates.at(-1);
  if (!last) throw new Error(`No revision in data/revisions.csv names the dataset "${slug}": add its first-publication row.`);
  return last;
}

const README = (s: PublicationSettings, modified: string) => `${s.catalogue.title.ka}
${s.catalogue.title.en}

ka: ყველა მონაცემთა ნაკრები CSV ფორმატში (UTF-8, მძიმე, სათაურების სტრიქონი) და datapackage.json,
რომელიც აღწერს თითოეულ სვეტს. ცარიელი უჯრა ნიშნავს, რომ წყარო ამ მონაცემს არ ასახელებს.
en: Every dataset as CSV (UTF-8, comma-separated, header row) and datapackage.json, which
describes every column. An empty cell means the value is not reported.

Version ${s.version}, data as of ${modified}. Licence: ${s.licence.title} (${s.licence.path}).
${s.site}${s.base}
`;

export async function buildPublication(t: Tables, s: PublicationSettings): Promise<Publication> {
  return buildPublicationOf(
    slugs.map((slug) => datasets[slug] as unknown as DatasetInfo),
    t as unknown as Readonly<Record<string, readonly AnyRow[]>>,
    s,
  );
}

/**
 * The same files for any list of datasets and their rows: a frozen release uses it with the
 * columns and datasets that release had (src/lib/releases/), so its files are made exactly
 * like the current downloads.
 */
export async function buildPublicationOf(
  catalogueDatasets: readonly DatasetInfo[],
  t: Readonly<Record<string, readonly AnyRow[]>>,
  s: PublicationSettings,
): Promise<Publication> {
  const published: PublishedDataset[] = [];
  const files = new Map<string, PublishedFile>();
  const sourceRows = (t.sources ?? []) as unknown as readonly SourceTitle[];
  const revisions = { revisions: (t.revisions ?? []) as unknown as readonly { dataset: string; date: string }[] };
  for (const d of catalogueDatasets) {
    const slug = d.slug as Slug;
    const rows = t[slug] ?? [];
    const lastModified = lastModifiedOf(revisions, slug);
    const modified = new Date(`${lastModified}T00:00:00Z`);
    const xlsx = await toXlsx(d, rows, {
      version: s.version,
      modified,
      licence: s.licence,
      publisher: s.publisher,
      pageUrl: datasetPageUrl(s.site, s.base, slug, 'ka'),
      sources: sourceRows,
    });
    const made: Record<DownloadFormat, PublishedFile> = {
      csv: file(downloadFileName(slug, 'csv'), toCsv(d, rows), MEDIA_TYPES.csv),
      'csv-excel': file(downloadFileName(slug, 'csv-excel'), toCsvForExcel(d, rows), MEDIA_TYPES['csv-excel']),
      json: file(downloadFileName(slug, 'json'), toJson(d, rows), MEDIA_TYPES.json),
      xlsx: file(downloadFileName(slug, 'xlsx'), xlsx, MEDIA_TYPES.xlsx),
    };
    for (const f of Object.values(made)) files.set(f.name, f);
    published.push({ slug, rowCount: rows.length, lastModified, coverage: temporalCoverage(d, rows), files: made });
  }
  const lastModified = lastModifiedOf(revisions, 'revisions');
  const pkg = dataPackage({
    datasets: catalogueDatasets,
    files: Object.fromEntries(published.map((p) => [p.slug, { bytes: p.files.csv.size, sha256: p.files.csv.sha256 }])),
    name: s.catalogue.name,
    title: s.catalogue.title,
    description: s.catalogue.description,
    version: s.version,
    created: new Date(`${lastModified}T00:00:00Z`),
    site: s.site,
    base: s.base,
    licence: s.licence,
    publisher: s.publisher,
    sources: sourceRows,
    keywords: s.catalogue.keywords,
  });
  const pkgFile = file('datapackage.json', `${JSON.stringify(pkg, null, 2)}\n`, 'application/json');
  files.set(pkgFile.name, pkgFile);

  // Deterministic: fixed entry order and dates, so equal data gives an equal zip.
  const zip = new JSZip();
  const date = new Date(`${lastModified}T00:00:00Z`);
  zip.file('README.txt', README(s, lastModified), { date });
  zip.file('datapackage.json', pkgFile.bytes, { date });
  for (const p of published) zip.file(p.files.csv.name, p.files.csv.bytes, { date });
  const zipped = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'UNIX' });
  const bundle = file(BUNDLE_NAME, withFixedZipTimestamps(zipped, date), 'application/zip');
  files.set(bundle.name, bundle);
  return { datasets: published, datapackage: pkg, files, lastModified };
}
