import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../site-data/tables.ts';
import { releaseVersions } from '../../site-data/releases.ts';
import { locales, type Locale } from '../../lib/i18n/locales.ts';
import { t } from '../../lib/i18n/strings/index.ts';
import { cardName, cardPages, type SitePage } from '../../lib/site-map/site-pages.ts';
import { ogCardSvg } from '../../lib/images/og-card.ts';
import { svgToPng } from '../../lib/images/png.ts';
import { base, licence, site } from '../../site.config.ts';

/** Each page's social card, per language: /og/<lang>/<route>.png (1200 × 630). */
export const getStaticPaths = (async () =>
  cardPages(await getTables(), releaseVersions()).flatMap((page) => locales.map((locale) => ({ params: { card: `${locale}/${cardName(page.route)}` }, props: { page, locale } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { page, locale } = props as { page: SitePage; locale: Locale };
  const url = new URL(base, site);
  const home = page.route === '/';
  const svg = ogCardSvg({
    locale,
    // The home page's card is the site's own: its name as the title, the tagline above it.
    siteName: t(locale, home ? 'site.tagline' : 'site.name'),
    title: home ? t(locale, 'site.name') : page.title[locale],
    headline: page.headline && { value: page.headline.value[locale], label: page.headline.label[locale] },
    host: `${url.host}${url.pathname.replace(/\/$/, '')}`,
    licence: licence.short,
  });
  // The card is drawn at its own size (1200 × 630), not at 2×: that is what the platforms ask for.
  return new Response(new Uint8Array(await svgToPng(svg, 1)), { headers: { 'Content-Type': 'image/png' } });
};
