/** The route context of a page in `locale`: the published tables and the site's address. */
import type { Locale } from '../lib/i18n/locales.ts';
import type { RouteContext } from '../lib/routes/context.ts';
import { base, catalogue, licence, publisher, site } from '../site.config.ts';
import { getTables } from './tables.ts';

export async function routeContext(locale: Locale): Promise<RouteContext> {
  return { tables: await getTables(), locale, site, base };
}

/** The site-wide settings a route model may need beside its context (src/site.config.ts). */
export const siteSettings = { site, base, licence, publisher, catalogue };
