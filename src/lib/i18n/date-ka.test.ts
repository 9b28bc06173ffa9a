import { describe, expect, it } from 'vitest';
import { declineNoun, formatKaDate, formatKaDateRange, kaMonthName, yearWord } from './date-ka.ts';
import { formatDateRange, formatPartialDate, parsePartialDate } from './format.ts';

// Every month in every case, as a Georgian editor writes them (nominative from ICU).
const months: [string, string, string, string, string, string][] = [
  // nom, dat, gen, abl, term, loc
  ['იანვარი', 'იანვარს', 'იანვრის', 'იანვრიდან', 'იანვრამდე', 'იანვარში'],
  ['თებერვალი', 'თებერვალს', 'თებერვლის', 'თებერვლიდან', 'თებერვლამდე', 'თებერვალში'],
  ['მარტი', 'მარტს', 'მარტის', 'მარტიდან', 'მარტამდე', 'მარტში'],
  ['აპრილი', 'აპრილს', 'აპრილის', 'აპრილიდან', 'აპრილამდე', 'აპრილში'],
  ['მაისი', 'მაისს', 'მაისის', 'მაისიდან', 'მაისამდე', 'მაისში'],
  ['ივნისი', 'ივნისს', 'ივნისის', 'ივნისიდან', 'ივნისამდე', 'ივნისში'],
  ['ივლისი', 'ივლისს', 'ივლისის', 'ივლისიდან', 'ივლისამდე', 'ივლისში'],
  ['აგვისტო', 'აგვისტოს', 'აგვისტოს', 'აგვისტოდან', 'აგვისტომდე', 'აგვისტოში'],
  ['სექტემბერი', 'სექტემბერს', 'სექტემბრის', 'სექტემბრიდან', 'სექტემბრამდე', 'სექტემბერში'],
  ['ოქტომბერი', 'ოქტომბერს', 'ოქტომბრის', 'ოქტომბრიდან', 'ოქტომბრამდე', 'ოქტომბერში'],
  ['ნოემბერი', 'ნოემბერს', 'ნოემბრის', 'ნოემბრიდან', 'ნოემბრამდე', 'ნოემბერში'],
  ['დეკემბერი', 'დეკემბერს', 'დეკემბრის', 'დეკემბრიდან', 'დეკემბრამდე', 'დეკემბერში'],
];
const cases = ['nom', 'dat', 'gen', 'abl', 'term', 'loc'] as const;
const d = (s: string) => parsePartialDate(s);

describe('kaMonthName and declineNoun', () => {
  months.forEach(([nom, ...forms], i) => {
    const mm = String(i + 1).padStart(2, '0');
    it(`kaMonthName(2018-${mm}) is ICU's ${nom}, declined ${forms.join(', ')}`, () => {
      expect(kaMonthName(new Date(`2018-${mm}-15T00:00:00Z`))).toBe(nom);
      cases.forEach((c, k) => expect(declineNoun(nom, c)).toBe(k === 0 ? nom : forms[k - 1]));
    });
  });
  it('yearWord declines წელი with syncope', () => {
    expect(cases.map(yearWord)).toEqual(['წელი', 'წელს', 'წლის', 'წლიდან', 'წლამდე', 'წელს']);
  });
  it('declineNoun declines ლარი', () => {
    expect(cases.map((c) => declineNoun('ლარი', c))).toEqual(['ლარი', 'ლარს', 'ლარის', 'ლარიდან', 'ლარამდე', 'ლარში']);
  });
});

describe('formatKaDate', () => {
  const table: [string, (typeof cases)[number], string][] = [
    ['2017-04-20', 'nom', '2017 წლის 20 აპრილი'],
    ['2017-04-20', 'dat', '2017 წლის 20 აპრილს'],
    ['2017-04-20', 'gen', '2017 წლის 20 აპრილის'],
    ['2017-04-20', 'abl', '2017 წლის 20 აპრილიდან'],
    ['2018-02-20', 'term', '2018 წლის 20 თებერვლამდე'],
    ['2017-02-03', 'dat', '2017 წლის 3 თებერვალს'],
    ['2017-02-03', 'loc', '2017 წლის 3 თებერვალს'],
    ['2018-09', 'nom', '2018 წლის სექტემბერი'],
    ['2018-09', 'dat', '2018 წლის სექტემბერს'],
    ['2018-09', 'gen', '2018 წლის სექტემბრის'],
    ['2018-09', 'loc', '2018 წლის სექტემბერში'],
    ['2018-08', 'abl', '2018 წლის აგვისტოდან'],
    ['2015', 'nom', '2015 წელი'],
    ['2015', 'dat', '2015 წელს'],
    ['2015', 'gen', '2015 წლის'],
    ['2015', 'loc', '2015 წელს'],
    ['2015', 'abl', '2015 წლიდან'],
    ['2015', 'term', '2015 წლამდე'],
  ];
  for (const [value, c, expected] of table) {
    it(`formatKaDate(${value}, ${c}) → ${expected}`, () => expect(formatKaDate(d(value), c)).toBe(expected));
  }
});

describe('formatKaDateRange', () => {
  const table: [string, string, 'nom' | 'span', string][] = [
    ['2017-04-20', '2018-02-20', 'nom', '2017 წლის 20 აპრილი – 2018 წლის 20 თებერვალი'],
    ['2017-04-20', '2018-02-20', 'span', '2017 წლის 20 აპრილიდან 2018 წლის 20 თებერვლამდე'],
    ['2018-06-11', '2018-06-15', 'nom', '2018 წლის 11–15 ივნისი'],
    ['2018-06-11', '2018-06-15', 'span', '2018 წლის 11-დან 15 ივნისამდე'],
    ['2018-06-28', '2018-07-02', 'nom', '2018 წლის 28 ივნისი – 2 ივლისი'],
    ['2018-06-28', '2018-07-02', 'span', '2018 წლის 28 ივნისიდან 2 ივლისამდე'],
    ['2018-12-28', '2019-01-02', 'nom', '2018 წლის 28 დეკემბერი – 2019 წლის 2 იანვარი'],
    ['2018-06', '2018-09', 'nom', '2018 წლის ივნისი–სექტემბერი'],
    ['2018-06', '2018-09', 'span', '2018 წლის ივნისიდან სექტემბრამდე'],
    ['2017-10', '2018-01', 'span', '2017 წლის ოქტომბრიდან 2018 წლის იანვრამდე'],
    ['2015', '2017', 'nom', '2015–2017 წლები'],
    ['2015', '2017', 'span', '2015 წლიდან 2017 წლამდე'],
    ['2018-06', '2018-07-15', 'nom', '2018 წლის ივნისი – 2018 წლის 15 ივლისი'],
    ['2018-06', '2018-07-15', 'span', '2018 წლის ივნისიდან 2018 წლის 15 ივლისამდე'],
    ['2018-06-11', '2018-06-11', 'nom', '2018 წლის 11 ივნისი'],
    ['2018-06-11', '2018-06-11', 'span', '2018 წლის 11 ივნისს'],
  ];
  for (const [a, b, form, expected] of table) {
    it(`formatKaDateRange(${a}, ${b}, ${form}) → ${expected}`, () => {
      expect(formatKaDateRange(d(a), d(b), form)).toBe(expected);
      expect(formatDateRange(a, b, 'ka', form)).toBe(expected);
    });
  }
  it('formatPartialDate uses it in ka and leaves English as it was', () => {
    expect(formatPartialDate('2017-04-20', 'ka')).toBe('2017 წლის 20 აპრილი');
    expect(formatPartialDate('2017-04-20', 'ka', 'dat')).toBe('2017 წლის 20 აპრილს');
    expect(formatPartialDate('2017-04-20', 'en', 'dat')).toBe('20 April 2017');
  });
});
