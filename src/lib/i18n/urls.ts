/**
 * Localized URLs. Georgian (the default locale) lives at the site root, English under
 * `/en/`; every page URL ends in a slash (`trailingSlash: 'always'` in astro.config.mjs).
 *
 * Two kinds of path appear here:
 * - a *route path* names a page independent of language and base: '/', '/budget/',
 *   '/data/budget/';
 * - a *pathname* is what the browser and `Astro.url.pathname` see: base + locale prefix +
 *   route path, e.g. '/reintegration/en/budget/'.
 *
 * The base (Astro's `import.meta.env.BASE_URL`, '/' or e.g. '/reintegration/') is always a
 * parameter defaulting to '/'; nothing here reads globals.
 */
import { defaultLocale, htmlLang, isLocale, locales, type Locale } from './locales.ts';

/** '/reintegration' or 'reintegration/' or '' → '/reintegration/' or '/'. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Splits 'path?query#hash' into the path and the '?query#hash' suffix. */
function splitSuffix(path: string): [string, string] {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

/** Path segments of a path, without empty ones. */
function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** Joins segments into '/a/b/', or '/a/b.csv' when the last one names a file. */
function joinSegments(parts: string[]): string {
  if (parts.length === 0) return '/';
  const last = parts[parts.length - 1] ?? '';
  // An extension starts with a letter (.csv, .mp4): a release page such as /releases/1.1.0/ is a folder.
  const isFile = /\.[a-z][a-z0-9]*$/i.test(last);
  return `/${parts.join('/')}${isFile ? '' : '/'}`;
}

/** The segments of `pathname` after the base, or all of them if it is not under the base. */
function afterBase(pathname: string, base: string): string[] {
  const all = segments(pathname);
  const baseParts = segments(normalizeBase(base));
  const under = baseParts.every((part, i) => all[i] === part);
  return under ? all.slice(baseParts.length) : all;
}

/**
 * The URL of a page in `locale`: ('/budget/', 'ka') → '/budget/'; ('/budget/', 'en') →
 * '/en/budget/'; with base '/reintegration/' → '/reintegration/en/budget/'. Adds the
 * trailing slash (except after a file name such as 'budget.csv'), keeps '?query' and
 * '#hash', and ignores a locale prefix already on `path` ('/en/budget/' in ka → '/budget/').
 */
export function localizePath(path: string, locale: Locale, base = '/'): string {
  const [bare, suffix] = splitSuffix(path);
  let parts = segments(bare);
  if (parts[0] !== undefined && isLocale(parts[0]) && parts[0] !== defaultLocale) parts = parts.slice(1);
  const prefix = locale === defaultLocale ? [] : [locale];
  return joinSegments([...segments(normalizeBase(base)), ...prefix, ...parts]) + suffix;
}

/** The locale of a pathname: '/en/budget/' → 'en'; '/budget/' → 'ka'. */
export function localeFromPath(pathname: string, base = '/'): Locale {
  const first = afterBase(splitSuffix(pathname)[0], base)[0];
  return first !== undefined && isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/**
 * The route path of a pathname, without base and locale: '/en/budget/' → '/budget/';
 * ('/reintegration/en/', base '/reintegration/') → '/'. Keeps '?query' and '#hash'.
 */
export function stripLocale(pathname: string, base = '/'): string {
  const [bare, suffix] = splitSuffix(pathname);
  let parts = afterBase(bare, base);
  if (parts[0] !== undefined && isLocale(parts[0]) && parts[0] !== defaultLocale) parts = parts.slice(1);
  return joinSegments(parts) + suffix;
}

/** One language version of a page, for `<link rel="alternate" hreflang>`. */
export type Alternate = { locale: Locale; hreflang: string; href: string };

/**
 * Every language version of the page at `pathname` (site-relative hrefs; prefix
 * `Astro.site` for absolute ones): '/en/budget/' → ka '/budget/', en '/en/budget/'.
 */
export function alternates(pathname: string, base = '/'): Alternate[] {
  const path = stripLocale(splitSuffix(pathname)[0], base);
  return locales.map((locale) => ({ locale, hreflang: htmlLang(locale), href: localizePath(path, locale, base) }));
}

/** The same page in the other language: '/budget/' → '/en/budget/', '/en/' → '/'. */
export function switchLocalePath(pathname: string, base = '/'): string {
  const current = localeFromPath(pathname, base);
  const other = locales.find((locale) => locale !== current) ?? defaultLocale;
  return localizePath(stripLocale(pathname, base), other, base);
}
