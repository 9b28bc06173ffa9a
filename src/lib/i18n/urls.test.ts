import { describe, expect, it } from 'vitest';
import { alternates, localeFromPath, localizePath, stripLocale, switchLocalePath } from './urls.ts';

const BASE = '/reintegration/';

describe('localizePath', () => {
  // [path, locale, base, expected] and why.
  it.each([
    // Georgian at the root, English under /en/.
    ['/budget/', 'ka', undefined, '/budget/'],
    ['/budget/', 'en', undefined, '/en/budget/'],
    ['/', 'ka', undefined, '/'],
    ['/', 'en', undefined, '/en/'],
    // Always a trailing slash, except after a file name.
    ['/budget', 'ka', undefined, '/budget/'],
    ['data/budget', 'en', undefined, '/en/data/budget/'],
    ['/data/budget.csv', 'ka', undefined, '/data/budget.csv'],
    // #hash and ?query are kept.
    ['/budget#table', 'en', undefined, '/en/budget/#table'],
    ['/budget/?y=2018#t', 'ka', undefined, '/budget/?y=2018#t'],
    ['/#main', 'en', undefined, '/en/#main'],
    // A locale prefix already on the path is ignored.
    ['/en/budget/', 'ka', undefined, '/budget/'],
    ['/en/budget/', 'en', undefined, '/en/budget/'],
    // The base comes first.
    ['/budget/', 'ka', BASE, '/reintegration/budget/'],
    ['/budget/', 'en', BASE, '/reintegration/en/budget/'],
    ['/', 'en', '/reintegration', '/reintegration/en/'],
    ['/', 'ka', BASE, '/reintegration/'],
    // A page named like a locale prefix is not one.
    ['/english/', 'ka', undefined, '/english/'],
  ] as const)('localizePath(%s, %s, base %s) is %s', (path, locale, base, expected) => {
    expect(localizePath(path, locale, base)).toBe(expected);
  });
});

describe('localeFromPath and stripLocale', () => {
  // [path, base, its locale, its route]: the locale is read from the prefix after the base; the
  // route drops the base and the /en/ prefix and keeps #hash; a page named like a prefix is not one.
  it.each([
    ['/en/budget/', undefined, 'en', '/budget/'],
    ['/en/', undefined, 'en', '/'],
    ['/en', undefined, 'en', '/'],
    ['/budget/', undefined, 'ka', '/budget/'],
    ['/', undefined, 'ka', '/'],
    ['/english/', undefined, 'ka', '/english/'],
    ['/en/budget/#table', undefined, 'en', '/budget/#table'],
    ['/reintegration/en/budget/', BASE, 'en', '/budget/'],
    ['/reintegration/budget/', BASE, 'ka', '/budget/'],
    ['/reintegration/', BASE, 'ka', '/'],
  ] as const)('%s (base %s) is in %s, route %s', (path, base, locale, route) => {
    expect(localeFromPath(path, base)).toBe(locale);
    expect(stripLocale(path, base)).toBe(route);
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
    expect(alternates('/reintegration/budget/#x', BASE).map((a) => a.href)).toEqual([
      '/reintegration/budget/',
      '/reintegration/en/budget/',
    ]);
  });
});

describe('switchLocalePath', () => {
  // [path, base, expected]: the same page in the other language, under the same base.
  it.each([
    ['/budget/', undefined, '/en/budget/'],
    ['/en/budget/', undefined, '/budget/'],
    ['/', undefined, '/en/'],
    ['/en/', undefined, '/'],
    ['/reintegration/data/budget/', BASE, '/reintegration/en/data/budget/'],
    ['/reintegration/en/', BASE, '/reintegration/'],
  ] as const)('switchLocalePath(%s, base %s) is %s', (path, base, expected) => {
    expect(switchLocalePath(path, base)).toBe(expected);
  });
});

describe('a release page is a folder, not a file', () => {
  it('localizePath keeps the trailing slash of /releases/1.1.0/ and still sees /data/x.csv as a file', () => {
    expect(localizePath('/releases/1.1.0/', 'en', '/')).toBe('/en/releases/1.1.0/');
    expect(localizePath('/releases/1.1.0/', 'ka', '/base/')).toBe('/base/releases/1.1.0/');
    expect(localizePath('/rss.xml', 'en', '/')).toBe('/en/rss.xml');
  });
});
