import { describe, expect, it } from 'vitest';
import { t } from '../i18n/strings/index.ts';
import { CARD_HEIGHT, CARD_WIDTH, clampLines, ogCardSvg } from './og-card.ts';

const input = { locale: 'en' as const, siteName: 'Reintegration assistance', title: 'Budget', headline: { value: 'GEL 650,000', label: 'Budget, 2018' }, host: 'data.example.org', licence: 'CC BY 4.0' };

describe('ogCardSvg', () => {
  it('ogCardSvg is 1200 × 630 with the site, the title, the headline figure and the address', () => {
    const svg = ogCardSvg(input);
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 1200 630"`);
    for (const s of ['Reintegration assistance', '>Budget</text>', 'GEL 650,000', 'Budget, 2018', 'data.example.org · CC BY 4.0']) expect(svg).toContain(s);
    expect(svg).toContain('lang="en"');
  });
  it('ogCardSvg leaves the headline out where the page has none', () => {
    expect(ogCardSvg({ ...input, headline: null })).not.toContain('GEL');
  });
  it('ogCardSvg escapes the title', () => {
    expect(ogCardSvg({ ...input, title: '<b>&' })).toContain('&lt;b&gt;&amp;');
  });
});

describe('clampLines', () => {
  it('clampLines wraps a long title and cuts it with an ellipsis after the last line allowed', () => {
    const lines = clampLines('word '.repeat(80), 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(clampLines('Budget', 60, 2)).toEqual(['Budget']);
  });
});

describe('ogCardSvg with the real names', () => {
  it('ogCardSvg never cuts the program’s name', () => {
    for (const locale of ['ka', 'en'] as const) {
      const svg = ogCardSvg({ ...input, locale, title: t(locale, 'site.name'), siteName: t(locale, 'site.tagline') });
      expect(svg, locale).not.toContain('…');
    }
  });
});
