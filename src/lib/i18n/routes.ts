/**
 * Every page exists once per language from one file under `src/pages/[...lang]/`: the
 * Georgian version has no prefix (`lang` undefined), the English one is under `/en/`.
 */
import { defaultLocale, locales, type Locale } from './locales.ts';

export interface LocaleProps {
  locale: Locale;
}

export function localeStaticPaths(): { params: { lang: string | undefined }; props: LocaleProps }[] {
  return locales.map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale }, props: { locale } }));
}
