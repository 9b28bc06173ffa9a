/** The route context of a page in `locale`: the published tables and the site's address. */
import type { Locale } from '../lib/i18n/locales.ts';
import type { RouteContext } from '../lib/routes/context.ts';
import { base, site } from '../site.config.ts';
import { getTables } from './tables.ts';

export async function routeContext(locale: Locale): Promise<RouteContext> {
  return { tables: await getTables(), locale, site, base };
}
