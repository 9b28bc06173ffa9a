/**
 * Site-wide settings, in one place. Pages, the download builders, datapackage.json, JSON-LD
 * and citations all read these; nothing else should hard-code a URL, a licence or a name.
 *
 * Set per deployment through the environment at build time:
 *   SITE_URL   the public address, e.g. https://data.example.org (no path)
 *   BASE_PATH  the path the site is served under, e.g. /reintegration/ (default /)
 *   ISSUES_URL where readers report a problem, e.g. https://github.com/<org>/<repo>/issues
 *
 * Not here on purpose: `dataLastModified`, the date the data last changed. It is a fact about
 * data/, not a setting, so it is computed from data/ where the build needs it and passed to
 * the functions in src/lib/downloads/ as an explicit input (never the build's clock), so that
 * equal data always gives byte-equal files.
 */
import pkg from '../package.json' with { type: 'json' };
import type { Bilingual } from './schemas/columns.ts';
import type { Licence, Publisher } from './lib/downloads/types.ts';

// Astro runs this at build time in Node; the guard keeps an accidental browser import from crashing.
const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

function absoluteHttpUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://data.example.org, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must start with https:// (found "${value}")`);
  return url.href.replace(/\/+$/, '');
}

/**
 * The public address of the site, without a trailing slash or base path.
 *
 * >>> THE MINISTRY (or whoever hosts the site) SETS THIS: build with SITE_URL=https://… <<<
 *
 * The default is an obvious placeholder. It must equal the one in astro.config.mjs (better:
 * let astro.config.mjs import `site` and `base` from here, so that there is one default).
 * Note that example.ge, unlike example.org (RFC 2606), is not a reserved domain.
 */
export const site: string = absoluteHttpUrl(env.SITE_URL || 'https://reintegration.example.ge', 'SITE_URL');

/** Whether `site` is still the placeholder (pages can warn, the build can refuse to deploy). */
export const siteIsPlaceholder: boolean = !env.SITE_URL;

/** The path the site is served under: '/' or e.g. '/reintegration/' (always slash-wrapped). */
export const base: string = (() => {
  const trimmed = (env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
})();

/** The licence of the published data (the site's code has its own, in package.json). */
export const licence: Licence = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * Who publishes this site. We do not know yet who will: the program is currently run by the
 * IDPs, Ecomigrants and Livelihood Agency, but nothing says that the Agency publishes this
 * site, so a neutral team name is used until the publisher is known.
 * `contact.url` is null until set (ISSUES_URL); pages then say "not yet set".
 * Deliberately no e-mail placeholder: a made-up address would send readers' mail nowhere.
 */
export const publisher: Publisher = {
  name: {
    ka: 'ღია მონაცემები სახელმწიფო პროგრამის „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“ შესახებ',
    en: 'Open data on the state program “Reintegration assistance to returned migrants in Georgia”',
  },
  contact: { url: env.ISSUES_URL ? absoluteHttpUrl(env.ISSUES_URL, 'ISSUES_URL') : null },
};

/** The data catalogue as a whole: datapackage.json and the JSON-LD DataCatalog. */
export const catalogue: { name: string; title: Bilingual; description: Bilingual; keywords: readonly string[] } = {
  /** Stable machine name of the data package (never change it once published). */
  name: 'georgia-reintegration-program',
  title: {
    ka: 'სახელმწიფო პროგრამა „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“: ღია მონაცემები',
    en: 'State program “Reintegration assistance to returned migrants in Georgia”: open data',
  },
  description: {
    ka: 'სახელმწიფო პროგრამის „საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება“ მონაცემები: ბიუჯეტი, სერვისები, ბენეფიციარები, მობილურობის ცენტრები, მოვლენები და წყაროები, თითოეული მონაცემი თავისი წყაროთი.',
    en: "Data on Georgia's state program of reintegration assistance to returned migrants: budgets, services, beneficiaries, mobility centres, milestones and sources, every figure with its source.",
  },
  keywords: ['Georgia', 'migration', 'returned migrants', 'reintegration', 'open data'],
};

/** Version of the published datasets: the `version` in package.json (bump it with each data release). */
export const version: string = pkg.version;
