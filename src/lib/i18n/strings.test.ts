import { describe, expect, it } from 'vitest';
import { defaultLocale, htmlLang, intlLocale, isLocale, locales, pick } from './locales.ts';
import { missingKeys, strings, t } from './strings/index.ts';

describe('strings', () => {
  it('missingKeys() is empty: every key has a value in every language', () => {
    expect(missingKeys()).toEqual([]);
  });
  it('every locale has exactly the Georgian keys', () => {
    const keys = Object.keys(strings.ka).sort();
    for (const locale of locales) expect(Object.keys(strings[locale]).sort()).toEqual(keys);
  });
  // The program's name (exact in Georgian), the other language named in that language, the glossary's terms.
  it.each([
    { key: 'site.name', ka: 'საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება', en: 'Reintegration assistance to returned migrants' },
    { key: 'language.switch', ka: 'English', en: 'ქართული' },
    { key: 'nav.budget', ka: 'ბიუჯეტი', en: 'Budget' },
    { key: 'nav.awareness', ka: 'ცნობიერების ამაღლება', en: 'Awareness raising' },
    { key: 'nav.mobilityCentres', ka: 'მობილურობის ცენტრები', en: 'Mobility centres' },
  ] as const)('t(locale, $key) is $ka / $en', ({ key, ka, en }) => {
    expect(t('ka', key)).toBe(ka);
    expect(t('en', key)).toBe(en);
  });
  it('Georgian strings are in Georgian script (apart from names and codes)', () => {
    const latinAllowed = new Set(['language.switch', 'footer.licence']);
    // Names and codes that stay in Latin script in Georgian text too.
    const codes = /\b(IOM|CSV|JSON|XLSX|ZIP|BibTeX|CC BY|GEL|ID|SVG|PNG|RSS|URL|Excel|JavaScript|LibreOffice|Unicode|UTF-8|BOM|README|SHA-256|sha256sum|datapackage\.json|Frictionless Data Package v2)\b/g;
    for (const [key, value] of Object.entries(strings.ka)) {
      if (!latinAllowed.has(key)) expect(value.replace(codes, '').replace(/\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('locales', () => {
  it('locales are ka (default) and en', () => {
    expect(locales).toEqual(['ka', 'en']);
    expect(defaultLocale).toBe('ka');
  });
  it('isLocale accepts only site locales', () => {
    expect(isLocale('ka')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
  it.each([
    ['ka', 'ka', 'ka-GE'],
    ['en', 'en', 'en-GB'],
  ] as const)('htmlLang(%s) is %s and intlLocale is %s', (locale, lang, intl) => {
    expect(htmlLang(locale)).toBe(lang);
    expect(intlLocale(locale)).toBe(intl);
  });
  it('pick(bilingual, locale) chooses the language', () => {
    const b = { ka: 'ბიუჯეტი', en: 'Budget' };
    expect(pick(b, 'ka')).toBe('ბიუჯეტი');
    expect(pick(b, 'en')).toBe('Budget');
  });
});
