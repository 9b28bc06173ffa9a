import { describe, expect, it } from 'vitest';
import { citations } from '../domain/provenance.ts';
import { chartImageSvg, sourcesLine } from './chart-image.ts';

const sources = [
  { source_id: 'report', title_ka: 'ანგარიში', title_en: 'Progress report' },
  { source_id: 'page', title_ka: 'გვერდი', title_en: 'Ministry page' },
];

describe('sourcesLine', () => {
  it('sourcesLine names each source once with its places, in the language asked', () => {
    const refs = [{ sourceId: 'report', ref: 'L3' }, { sourceId: 'report', ref: 'L4' }, { sourceId: 'page', ref: null }];
    expect(sourcesLine(citations(refs, sources, 'en'), 'en')).toBe('Sources: Progress report (L3, L4); Ministry page');
    expect(sourcesLine(citations([{ sourceId: 'report', ref: 'L3' }], sources, 'ka'), 'ka')).toBe('წყარო: ანგარიში (L3)');
  });
  it('sourcesLine writes a citation without places by its title alone', () => {
    expect(sourcesLine([{ id: 'page', title: 'Ministry page', places: null, url: null }], 'en')).toBe('Source: Ministry page');
  });
  it('the citations of an unknown source are refused before any line is written', () => {
    expect(() => sourcesLine(citations([{ sourceId: 'nope', ref: null }], sources, 'en'), 'en')).toThrow(/nope/);
  });
});

describe('chartImageSvg', () => {
  const image = chartImageSvg({
    locale: 'en',
    title: 'Budget by year & more',
    description: 'Budget: 2017 590,000.',
    body: { width: 400, height: 200, viewBox: '0 0 400 200', markup: '<rect width="10" height="10"/>' },
    legend: [{ marker: 'filled', label: 'named' }],
    notes: ['A note.'],
    sources: 'Source: Progress report (L3)',
    credit: 'example.org/budget/ · Licence: CC BY 4.0',
  });

  it('chartImageSvg is a standalone SVG document whose size is its viewBox', () => {
    expect(image.svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(image.svg).toContain(`width="${image.width}" height="${image.height}" viewBox="0 0 ${image.width} ${image.height}"`);
    expect(image.width).toBe(432);
    expect(image.height).toBeGreaterThan(200);
  });
  it('chartImageSvg holds the title, the text alternative, the drawing, legend, notes, sources and credit', () => {
    expect(image.svg).toContain('<title id="chart-title">Budget by year &amp; more</title>');
    expect(image.svg).toContain('<desc id="chart-desc">Budget: 2017 590,000.</desc>');
    expect(image.svg).toContain('<svg x="16"');
    for (const s of ['named', 'A note.', 'Source: Progress report (L3)', 'example.org/budget/']) expect(image.svg).toContain(s);
  });
  it('chartImageSvg names its fonts as a generic stack and uses no CSS', () => {
    expect(image.svg).toContain('font-family="&apos;Noto Sans Georgian&apos;');
    expect(image.svg).toContain('sans-serif"');
    expect(image.svg).not.toMatch(/<style|class=|var\(--/);
  });
});
