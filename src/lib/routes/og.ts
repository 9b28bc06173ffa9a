/** The social cards (/og/<lang>/<route>.png, 1200 × 630): one per page of the site map, per language. */
import type { Tables } from '../validation/load.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { cardName, cardPages, type SitePage } from '../site-map/site-pages.ts';
import { ogCardSvg } from '../images/og-card.ts';
import { svgToPng } from '../images/png.ts';
import type { Licence } from '../downloads/types.ts';

export type OgCardProps = {
  page: SitePage;
  locale: Locale;
};

/** Every card's path (`<lang>/<route>`) with the page and language it is drawn for. */
export function ogCardPaths(tables: Tables, releases: readonly string[]): { params: { card: string }; props: OgCardProps }[] {
  return cardPages(tables, releases).flatMap((page) => locales.map((locale) => ({ params: { card: `${locale}/${cardName(page.route)}` }, props: { page, locale } })));
}

/** The card as PNG bytes; `site` and `base` make the address printed on it. */
export async function ogCardPng({ page, locale }: OgCardProps, settings: { site: string; base: string; licence: Licence }): Promise<Uint8Array<ArrayBuffer>> {
  const url = new URL(settings.base, settings.site);
  const home = page.route === '/';
  const svg = ogCardSvg({
    locale,
    // The home page's card is the site's own: its name as the title, the tagline above it.
    siteName: t(locale, home ? 'site.tagline' : 'site.name'),
    title: home ? t(locale, 'site.name') : page.title[locale],
    headline: page.headline && { value: page.headline.value[locale], label: page.headline.label[locale] },
    host: `${url.host}${url.pathname.replace(/\/$/, '')}`,
    licence: settings.licence.short,
  });
  // The card is drawn at its own size (1200 × 630), not at 2×: that is what the platforms ask for.
  return new Uint8Array(await svgToPng(svg, 1));
}
