/**
 * What every route model is computed from: the published tables, the page's language, and
 * where the site lives. A page builds it once (src/site-data/route.ts) and hands it to its
 * route model; components receive the model's parts as props.
 */
import type { Tables } from '../validation/load.ts';
import type { Locale } from '../i18n/locales.ts';

export interface RouteContext {
  tables: Tables;
  locale: Locale;
  /** The site's absolute address (for embed codes and citations). */
  site: string;
  /** The base path every link starts with. */
  base: string;
}
