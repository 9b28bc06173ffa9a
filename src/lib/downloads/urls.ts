/**
 * Absolute addresses of the published files and pages, built from the site URL and the base
 * path (both from src/site.config.ts, passed in explicitly). Downloads live at
 * `<base>data/<slug>.<ext>` in every language; a dataset's page is localized
 * (`/data/<slug>/`, `/en/data/<slug>/`).
 */
import type { Locale } from '../i18n/locales.ts';
import { localizePath } from '../i18n/urls.ts';

/** The kinds of download each dataset has. `csv-excel` is the same CSV with a UTF-8 BOM. */
export type DownloadFormat = 'csv' | 'csv-excel' | 'json' | 'xlsx';

/** Media types as published (datapackage `mediatype`, JSON-LD `encodingFormat`). */
export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv',
  'csv-excel': 'text/csv',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** '/reintegration' or 'reintegration/' or '' → '/reintegration/' or '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `site` + a site-relative pathname (which already includes the base). */
function absolute(site: string, pathname: string): string {
  return new URL(pathname, site.endsWith('/') ? site : `${site}/`).href;
}

/** The site's home page: ('https://x.org', '/reintegration/') → 'https://x.org/reintegration/'. */
export function homeUrl(site: string, base: string): string {
  return absolute(site, normalizeBase(base));
}

/** File name of a download, relative to the data folder: ('programs', 'csv-excel') → 'programs-excel.csv'. */
export function downloadFileName(slug: string, format: DownloadFormat): string {
  return format === 'csv-excel' ? `${slug}-excel.csv` : `${slug}.${format}`;
}

/** Absolute URL of a download: 'https://x.org/data/programs.csv'. */
export function downloadUrl(site: string, base: string, slug: string, format: DownloadFormat): string {
  return absolute(site, `${normalizeBase(base)}data/${downloadFileName(slug, format)}`);
}

/** Absolute URL of any file under the data folder, e.g. 'datapackage.json'. */
export function dataFileUrl(site: string, base: string, file: string): string {
  return absolute(site, `${normalizeBase(base)}data/${file}`);
}

/** Absolute URL of a dataset's page in one language. */
export function datasetPageUrl(site: string, base: string, slug: string, locale: Locale): string {
  return absolute(site, localizePath(`/data/${slug}/`, locale, base));
}

/** Absolute URL of the data catalogue page in one language. */
export function cataloguePageUrl(site: string, base: string, locale: Locale): string {
  return absolute(site, localizePath('/data/', locale, base));
}
