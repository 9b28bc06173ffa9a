import { describe, expect, it } from 'vitest';
import { alternates, localeFromPath, localizePath, stripLocale, switchLocalePath } from './urls.ts';

describe('localizePath', () => {
  it('localizePath keeps Georgian at the root and puts English under /en/', () => {
    expect(localizePath('/budget/', 'ka')).toBe('/budget/');
    expect(localizePath('/budget/', 'en')).toBe('/en/budget/');
    expect(localizePath('/', 'ka')).toBe('/');
    expect(localizePath('/', 'en')).toBe('/en/');
  });
  it('localizePath always adds the trailing slash, except after a file name', () => {
    expect(localizePath('/budget', 'ka')).toBe('/budget/');
    expect(localizePath('data/budget', 'en')).toBe('/en/data/budget/');
    expect(localizePath('/data/budget.csv', 'ka')).toBe('/data/budget.csv');
  });
  it('localizePath keeps #hash and ?query', () => {
    expect(localizePath('/budget#table', 'en')).toBe('/en/budget/#table');
    expect(localizePath('/budget/?y=2018#t', 'ka')).toBe('/budget/?y=2018#t');
    expect(localizePath('/#main', 'en')).toBe('/en/#main');
  });
  it('localizePath ignores a locale prefix already on the path', () => {
    expect(localizePath('/en/budget/', 'ka')).toBe('/budget/');
    expect(localizePath('/en/budget/', 'en')).toBe('/en/budget/');
  });
  it('localizePath puts the base first', () => {
    expect(localizePath('/budget/', 'ka', '/reintegration/')).toBe('/reintegration/budget/');
    expect(localizePath('/budget/', 'en', '/reintegration/')).toBe('/reintegration/en/budget/');
    expect(localizePath('/', 'en', '/reintegration')).toBe('/reintegration/en/');
    expect(localizePath('/', 'ka', '/reintegration/')).toBe('/reintegration/');
  });
  it('localizePath does not take a page named like a locale prefix for one', () => {
    expect(localizePath('/english/', 'ka')).toBe('/english/');
  });
});

describe('stripLocale', () => {
  it('stripLocale removes the /en/ prefix', () => {
    expect(stripLocale('/en/budget/')).toBe('/budget/');
    expect(stripLocale('/en/')).toBe('/');
    expect(stripLocale('/en')).toBe('/');
    expect(stripLocale('/budget/')).toBe('/budget/');
    expect(stripLocale('/')).toBe('/');
  });
  it('stripLocale removes the base too', () => {
    expect(stripLocale('/reintegration/en/budget/', '/reintegration/')).toBe('/budget/');
    expect(stripLocale('/reintegration/', '/reintegration/')).toBe('/');
  });
  it('stripLocale keeps #hash', () => {
    expect(stripLocale('/en/budget/#table')).toBe('/budget/#table');
  });
});

describe('localeFromPath', () => {
  it('localeFromPath reads the prefix', () => {
    expect(localeFromPath('/en/budget/')).toBe('en');
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/budget/')).toBe('ka');
    expect(localeFromPath('/')).toBe('ka');
    expect(localeFromPath('/english/')).toBe('ka');
  });
  it('localeFromPath looks after the base', () => {
    expect(localeFromPath('/reintegration/en/budget/', '/reintegration/')).toBe('en');
    expect(localeFromPath('/reintegration/budget/', '/reintegration/')).toBe('ka');
  });
});

describe('alternates', () => {
  it('alternates lists every language version of the page', () => {
    expect(alternates('/en/budget/')).toEqual([
      { locale: 'ka', hreflang: 'ka', href: '/budget/' },
      { locale: 'en', hreflang: 'en', href: '/en/budget/' },
    ]);
    expect(alternates('/budget/')).toEqual(alternates('/en/budget/'));
  });
  it('alternates keeps the base and drops the hash', () => {
    expect(alternates('/reintegration/budget/#x', '/reintegration/').map((a) => a.href)).toEqual([
      '/reintegration/budget/',
      '/reintegration/en/budget/',
    ]);
  });
});

describe('switchLocalePath', () => {
  it('switchLocalePath gives the same page in the other language', () => {
    expect(switchLocalePath('/budget/')).toBe('/en/budget/');
    expect(switchLocalePath('/en/budget/')).toBe('/budget/');
    expect(switchLocalePath('/')).toBe('/en/');
    expect(switchLocalePath('/en/')).toBe('/');
  });
  it('switchLocalePath keeps the base', () => {
    expect(switchLocalePath('/reintegration/data/budget/', '/reintegration/')).toBe('/reintegration/en/data/budget/');
    expect(switchLocalePath('/reintegration/en/', '/reintegration/')).toBe('/reintegration/');
  });
});

describe('a release page is a folder, not a file', () => {
  it('localizePath keeps the trailing slash of /releases/1.1.0/ and still sees /data/x.csv as a file', () => {
    expect(localizePath('/releases/1.1.0/', 'en', '/')).toBe('/en/releases/1.1.0/');
    expect(localizePath('/releases/1.1.0/', 'ka', '/base/')).toBe('/base/releases/1.1.0/');
    expect(localizePath('/rss.xml', 'en', '/')).toBe('/en/rss.xml');
  });
});
