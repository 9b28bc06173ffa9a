import { describe, expect, it } from 'vitest';
import { derivedWord, formatList } from './format.ts';
import { pair } from './locales.ts';

describe('formatList', () => {
  it('formatList joins years in the page’s language', () => {
    expect(formatList([2015, 2017, 2018], 'en')).toBe('2015, 2017 and 2018');
    expect(formatList([2015, 2017, 2018], 'ka')).toBe('2015, 2017 და 2018');
  });
  it('formatList joins texts as each language does', () => {
    expect(formatList(['a'], 'en')).toBe('a');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
    expect(formatList(['ა', 'ბ'], 'ka')).toBe('ა და ბ');
    expect(formatList([], 'en')).toBe('');
  });
});

describe('derivedWord', () => {
  it('derivedWord is the "derived" mark in lower case, as it runs in a sentence', () => {
    expect(derivedWord('en')).toBe('derived');
    expect(derivedWord('ka')).toBe('გამოთვლილი');
  });
});

describe('pair', () => {
  it('pair gives both texts, or null unless both languages are given', () => {
    expect(pair('ა', 'a')).toEqual({ ka: 'ა', en: 'a' });
    expect(pair('ა', null)).toBeNull();
    expect(pair(null, 'a')).toBeNull();
    expect(pair('', 'a')).toBeNull();
  });
});
