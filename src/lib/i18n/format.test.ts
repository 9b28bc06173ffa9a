import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatGel,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatSignedGel,
  formatSignedNumber,
  formatValue,
  formatDisplay,
  notReported,
  parsePartialDate,
} from './format.ts';

const NBSP = '\u00a0';
const THIN = '\u2009';

describe('formatNumber', () => {
  it('formatNumber(590000) groups as each locale does (ka with a no-break space)', () => {
    expect(formatNumber(590000, 'en')).toBe('590,000');
    expect(formatNumber(590000, 'ka')).toBe(`590${NBSP}000`);
  });
  it('formatNumber(1234) leaves four digits ungrouped in ka, as CLDR does', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'ka')).toBe('1234');
    expect(formatNumber(12345, 'ka')).toBe(`12${NBSP}345`);
  });
  it('formatNumber(0) is "0"', () => {
    expect(formatNumber(0, 'en')).toBe('0');
  });
  it('formatNumber(NaN) throws', () => {
    expect(() => formatNumber(Number.NaN, 'en')).toThrow(RangeError);
  });
});

describe('formatGel', () => {
  it('formatGel(590000) has no decimals: en "GEL 590,000", ka "590 000 ₾"', () => {
    expect(formatGel(590000, 'en')).toBe(`GEL${NBSP}590,000`);
    expect(formatGel(590000, 'ka')).toBe(`590${NBSP}000${NBSP}₾`);
  });
  it('formatGel(1234.5) shows two decimals', () => {
    expect(formatGel(1234.5, 'en')).toBe(`GEL${NBSP}1,234.50`);
    expect(formatGel(1234.5, 'ka')).toBe(`1234,50${NBSP}₾`);
  });
  it('formatGel(Infinity) throws', () => {
    expect(() => formatGel(Number.POSITIVE_INFINITY, 'ka')).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('formatPercent(0.593) is "59.3%" / "59,3%"', () => {
    expect(formatPercent(0.593, 'en')).toBe('59.3%');
    expect(formatPercent(0.593, 'ka')).toBe('59,3%');
  });
  it('formatPercent(share, locale, digits) keeps exactly `digits` decimals', () => {
    expect(formatPercent(0.5, 'en', 0)).toBe('50%');
    expect(formatPercent(0.5, 'en', 2)).toBe('50.00%');
  });
});

describe('formatSignedNumber and formatSignedGel', () => {
  it('formatSignedNumber(60000) has a plus sign', () => {
    expect(formatSignedNumber(60000, 'en')).toBe('+60,000');
    expect(formatSignedNumber(60000, 'ka')).toBe(`+60${NBSP}000`);
  });
  it('formatSignedNumber(-60000) has a minus sign, and 0 has none', () => {
    expect(formatSignedNumber(-60000, 'en')).toBe('-60,000');
    expect(formatSignedNumber(0, 'en')).toBe('0');
  });
  it('formatSignedGel(60000) puts the sign before the amount', () => {
    expect(formatSignedGel(60000, 'en')).toBe(`+GEL${NBSP}60,000`);
    expect(formatSignedGel(-60000, 'ka')).toBe(`-60${NBSP}000${NBSP}₾`);
  });
});

describe('notReported and formatValue', () => {
  it('notReported gives the label in each language', () => {
    expect(notReported('en')).toBe('not reported');
    expect(notReported('ka')).toBe('მონაცემი არ არის');
  });
  it('formatValue(null) is the not-reported label, never "0"', () => {
    for (const locale of ['ka', 'en'] as const) {
      for (const kind of ['count', 'money', 'share', 'date', 'text', 'list'] as const) {
        expect(formatValue(null, kind, locale)).toBe(notReported(locale));
        expect(formatValue(undefined, kind, locale)).toBe(notReported(locale));
        expect(formatValue(null, kind, locale)).not.toMatch(/0/);
      }
    }
  });
  it('formatDisplay formats each display kind, and marks numbers and missing values', () => {
    expect(formatDisplay(590000, 'money', 'en')).toEqual({ text: formatGel(590000, 'en'), missing: false, numeric: true });
    expect(formatDisplay(-60000, 'signedMoney', 'en').text).toBe(formatSignedGel(-60000, 'en'));
    expect(formatDisplay(0.593, 'share', 'en').text).toBe('59.3%');
    expect(formatDisplay('2018-06', 'date', 'en')).toEqual({ text: 'June 2018', missing: false, numeric: false });
    expect(formatDisplay(['a', 'b'], 'list', 'en').text).toBe('a, b');
    expect(formatDisplay([], 'list', 'en')).toEqual({ text: 'not reported', missing: true, numeric: false });
    expect(formatDisplay('', 'count', 'ka')).toEqual({ text: notReported('ka'), missing: true, numeric: true });
  });
  it('formatValue(0) is a real zero', () => {
    expect(formatValue(0, 'count', 'en')).toBe('0');
    expect(formatValue(0, 'money', 'en')).toBe(`GEL${NBSP}0`);
  });
  it('formatValue formats counts and lari', () => {
    expect(formatValue(248, 'count', 'ka')).toBe('248');
    expect(formatValue(590000, 'money', 'ka')).toBe(`590${NBSP}000${NBSP}₾`);
  });
});

describe('parsePartialDate', () => {
  it('parsePartialDate reads each precision as midnight UTC', () => {
    expect(parsePartialDate('2017-04-20')).toEqual({ date: new Date('2017-04-20T00:00:00Z'), precision: 'day' });
    expect(parsePartialDate('2018-06')).toEqual({ date: new Date('2018-06-01T00:00:00Z'), precision: 'month' });
    expect(parsePartialDate('2015')).toEqual({ date: new Date('2015-01-01T00:00:00Z'), precision: 'year' });
  });
  it('parsePartialDate rejects malformed and impossible dates', () => {
    for (const bad of ['', '2017-4-20', '20.04.2017', '2017-13', '2018-02-30', '2017-04-20T00:00']) {
      expect(() => parsePartialDate(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatPartialDate', () => {
  // [date, locale, expected]: the long date, month and year, or the year; no drift to the day or year before.
  it.each([
    ['2017-04-20', 'en', '20 April 2017'],
    ['2017-04-20', 'ka', '2017 წლის 20 აპრილი'],
    ['2018-06', 'en', 'June 2018'],
    ['2018-06', 'ka', '2018 წლის ივნისი'],
    ['2015', 'en', '2015'],
    ['2015', 'ka', '2015 წელი'],
    ['2018-01-01', 'en', '1 January 2018'],
    ['2018-01', 'en', 'January 2018'],
    ['2018', 'en', '2018'],
  ] as const)('formatPartialDate(%s, %s) is %s', (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });
  it('formatPartialDate writes every Georgian month name', () => {
    const months = 'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი'.split(' ');
    months.forEach((name, i) => {
      expect(formatPartialDate(`2018-${String(i + 1).padStart(2, '0')}`, 'ka')).toBe(`2018 წლის ${name}`);
    });
  });
});

describe('formatDateRange', () => {
  it('formatDateRange(11–15 June 2018) writes the shared month and year once', () => {
    expect(formatDateRange('2018-06-11', '2018-06-15', 'en')).toBe(`11${THIN}–${THIN}15 June 2018`);
    expect(formatDateRange('2018-06-11', '2018-06-15', 'ka')).toBe('2018 წლის 11–15 ივნისი');
  });
  it('formatDateRange across months writes the year once', () => {
    expect(formatDateRange('2018-06-28', '2018-07-02', 'en')).toBe(`28 June${THIN}–${THIN}2 July 2018`);
    expect(formatDateRange('2018-06-28', '2018-07-02', 'ka')).toBe('2018 წლის 28 ივნისი – 2 ივლისი');
  });
  it('formatDateRange across years writes both years', () => {
    expect(formatDateRange('2018-12-28', '2019-01-02', 'en')).toBe(`28 December 2018${THIN}–${THIN}2 January 2019`);
    expect(formatDateRange('2018-12-28', '2019-01-02', 'ka')).toBe('2018 წლის 28 დეკემბერი – 2019 წლის 2 იანვარი');
  });
  it('formatDateRange of months and of years', () => {
    expect(formatDateRange('2018-06', '2018-09', 'en')).toBe(`June${THIN}–${THIN}September 2018`);
    expect(formatDateRange('2018-06', '2018-09', 'ka')).toBe('2018 წლის ივნისი–სექტემბერი');
    expect(formatDateRange('2015', '2017', 'ka')).toBe('2015–2017 წლები');
  });
  it('formatDateRange of equal ends gives one date', () => {
    expect(formatDateRange('2018-06-11', '2018-06-11', 'en')).toBe('11 June 2018');
  });
  it('formatDateRange of mixed precision writes each end in full', () => {
    expect(formatDateRange('2018-06', '2018-07-15', 'en')).toBe('June 2018 – 15 July 2018');
  });
  it('formatDateRange rejects an end before the start', () => {
    expect(() => formatDateRange('2018-06-15', '2018-06-11', 'en')).toThrow(RangeError);
  });
});
