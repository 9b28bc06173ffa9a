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
 * Where a local or test build says it lives: a subdomain of example.org, which RFC 2606
 * reserves for examples, so no address the site writes can point at somebody's real site.
 */
export const EXAMPLE_SITE = 'https://reintegration.example.org';

/** Hosts that can never be the published site: the reserved example and test domains, and this machine. */
export function isReservedHost(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost)$/.test(host) || host === '127.0.0.1' || host === '::1';
}

/**
 * The site's address from the environment. A build for publishing (`PUBLISH=1`, as the deploy
 * workflow and `npm run build:publish` set it) refuses to run without a real SITE_URL: every
 * absolute address the site writes (canonical links, sitemap, feeds, embed code, citations,
 * chart images, JSON-LD) would otherwise point at the placeholder.
 */
export function siteFrom(e: Record<string, string | undefined>): string {
  const publishing = e.PUBLISH === '1' || e.PUBLISH === 'true';
  if (publishing && !e.SITE_URL) {
    throw new Error('PUBLISH is set but SITE_URL is not: a build for publishing needs the public address, e.g. SITE_URL=https://data.example.ge npm run build:publish');
  }
  const url = absoluteHttpUrl(e.SITE_URL || EXAMPLE_SITE, 'SITE_URL');
  if (publishing && isReservedHost(url)) throw new Error(`SITE_URL=${url} is a reserved example or local address: a build for publishing needs the site's real public address`);
  return url;
}

/**
 * The public address of the site, without a trailing slash or base path.
 *
 * >>> THE MINISTRY (or whoever hosts the site) SETS THIS: build with SITE_URL=https://… <<<
 */
export const site: string = siteFrom(env);

/** Whether `site` is still the placeholder (the build says so when it starts). */
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
