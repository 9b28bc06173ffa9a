import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { licence } from '../downloads/test-support.ts';
import { cardPages } from '../site-map/site-pages.ts';
import { ogCardPaths, ogCardPng } from './og.ts';

const tables = fixtureTables();

describe('the social cards’ route (fixture)', () => {
  const paths = ogCardPaths(tables, ['1.0.0']);

  it('has one card per page and language, named <lang>/<route>', () => {
    expect(paths).toHaveLength(cardPages(tables, ['1.0.0']).length * 2);
    const cards = paths.map((p) => p.params.card);
    for (const card of ['ka/index', 'en/index', 'en/budget', 'ka/years/2017', 'en/releases/1.0.0', 'en/data/programs']) expect(cards).toContain(card);
    expect(new Set(cards).size).toBe(cards.length);
    expect(paths.find((p) => p.params.card === 'ka/budget')!.props).toMatchObject({ locale: 'ka', page: { route: '/budget/' } });
  });

  it('draws a card as a 1200 × 630 PNG', async () => {
    const png = await ogCardPng(paths.find((p) => p.params.card === 'en/budget')!.props, { site: 'https://data.example.org', base: '/', licence });
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
