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
  it('t(locale, "site.name") is the program name, exact in Georgian', () => {
    expect(t('ka', 'site.name')).toBe('საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება');
    expect(t('en', 'site.name')).toBe('Reintegration assistance to returned migrants');
  });
  it('t(locale, "language.switch") names the other language in that language', () => {
    expect(t('ka', 'language.switch')).toBe('English');
    expect(t('en', 'language.switch')).toBe('ქართული');
  });
  it('t uses the glossary terms', () => {
    expect(t('ka', 'nav.budget')).toBe('ბიუჯეტი');
    expect(t('ka', 'nav.awareness')).toBe('ცნობიერების ამაღლება');
    expect(t('en', 'nav.awareness')).toBe('Awareness raising');
    expect(t('ka', 'nav.mobilityCentres')).toBe('მობილურობის ცენტრები');
    expect(t('en', 'nav.mobilityCentres')).toBe('Mobility centres');
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
  it('htmlLang and intlLocale', () => {
    expect(htmlLang('ka')).toBe('ka');
    expect(htmlLang('en')).toBe('en');
    expect(intlLocale('ka')).toBe('ka-GE');
    expect(intlLocale('en')).toBe('en-GB');
  });
  it('pick(bilingual, locale) chooses the language', () => {
    const b = { ka: 'ბიუჯეტი', en: 'Budget' };
    expect(pick(b, 'ka')).toBe('ბიუჯეტი');
    expect(pick(b, 'en')).toBe('Budget');
  });
});
