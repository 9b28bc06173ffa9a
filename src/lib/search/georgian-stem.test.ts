import { describe, expect, it } from 'vitest';
import { georgianStem, joinDigitGroups, MIN_STEM, searchTerms } from './georgian-stem.ts';

describe('georgianStem', () => {
  it('cuts case endings and postpositions to a stem every form of the word starts with', () => {
    const forms: Record<string, string[]> = {
      ბათუმ: ['ბათუმი', 'ბათუმში', 'ბათუმის', 'ბათუმს', 'ბათუმიდან', 'ბათუმამდე'],
      ბიუჯეტ: ['ბიუჯეტი', 'ბიუჯეტში', 'ბიუჯეტის', 'ბიუჯეტზე', 'ბიუჯეტით'],
      თბილის: ['თბილისი', 'თბილისში', 'თბილისთან'],
      ტრენინგ: ['ტრენინგი', 'ტრენინგები', 'ტრენინგებში', 'ტრენინგების', 'ტრენინგებზე'],
      ბენეფიციარ: ['ბენეფიციარი', 'ბენეფიციარები', 'ბენეფიციარებს', 'ბენეფიციარებმა', 'ბენეფიციართა', 'ბენეფიციარის'],
      მიგრანტ: ['მიგრანტი', 'მიგრანტები', 'მიგრანტებისთვის', 'მიგრანტმა', 'მიგრანტად'],
      პროგრამ: ['პროგრამა', 'პროგრამის', 'პროგრამაში', 'პროგრამით'],
    };
    for (const [stem, words] of Object.entries(forms)) for (const w of words) expect(georgianStem(w), w).toBe(stem);
  });
  it('every stem is a prefix of the word and keeps at least MIN_STEM letters; short words stay whole', () => {
    for (const w of ['და', 'ის', 'წელი', 'ცენტრები', 'დახმარებას', 'სერვისები']) {
      const s = georgianStem(w);
      expect(w.startsWith(s)).toBe(true);
      expect(s.length).toBeGreaterThanOrEqual(Math.min(MIN_STEM, w.length));
    }
    expect(georgianStem('და')).toBe('და');
  });
  it('leaves English words and numbers as they are', () => {
    expect(georgianStem('budgets')).toBe('budgets');
    expect(georgianStem('590000')).toBe('590000');
  });
});

describe('joinDigitGroups and searchTerms', () => {
  it('write a grouped number as one, whatever the separator', () => {
    expect(joinDigitGroups('590 000 ლარი')).toBe('590000 ლარი');
    expect(joinDigitGroups('1\u00A0200\u202F000')).toBe('1200000');
    expect(joinDigitGroups('GEL 590,000 in 2017')).toBe('GEL 590000 in 2017');
    expect(joinDigitGroups('2017 2018')).toBe('2017 2018');
  });
  it('stem each word of a query and join its numbers', () => {
    expect(searchTerms('  ტრენინგებში  ბათუმში ')).toBe('ტრენინგ ბათუმ');
    expect(searchTerms('ბიუჯეტი 590 000')).toBe('ბიუჯეტ 590000');
    expect(searchTerms('mobility centres')).toBe('mobility centres');
  });
});
