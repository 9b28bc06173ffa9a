import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { formatGel } from '../i18n/format.ts';
import { chartById, chartRegistry, findChart } from '../charts/registry.ts';
import { isDrawn, isEmbeddable, type DrawnEntry } from '../charts/entry.ts';
import { chartImagePath, chartView } from '../charts/view.ts';
import { chartImage, chartImagePaths } from './chart-images.ts';
import { EMBED_MAX_WIDTH, embedHeight } from '../embeds/embed-size.ts';

const tables = fixtureTables();
const ctx = { tables, site: 'https://data.example.org', base: '/' };
const drawn = (id: string): DrawnEntry => {
  const c = chartById(tables, id);
  if (!isDrawn(c)) throw new Error(`${id} is not drawn`);
  return c;
};

describe('the charts that leave their pages (fixture)', () => {
  it('every chart but the budget-change table can be embedded, each with its page', () => {
    // The registry's own list, kinds and pages are asserted in registry.test.ts.
    const all = chartRegistry(tables);
    const charts = all.filter(isEmbeddable);
    expect(charts).toEqual(all.filter((c) => c.id !== 'budget-change'));
    expect(charts.every((c) => c.page.startsWith('/'))).toBe(true);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });
  it('findChart finds a chart by id, or nothing; the budget change is a table without an image', () => {
    expect(findChart(tables, 'budget-by-year')?.kind).toBe('bars');
    const change = findChart(tables, 'budget-change')!;
    expect(change.kind).toBe('table');
    expect(isDrawn(change)).toBe(false);
    expect(isEmbeddable(change)).toBe(false);
    expect(isDrawn(chartById(tables, 'services-by-year'))).toBe(false);
    expect(findChart(tables, 'nope')).toBeUndefined();
    expect(() => chartById(tables, 'nope')).toThrow(/nope/);
  });
  it('chartImagePaths gives one image per drawn chart and language, named <id>.<lang>', () => {
    const paths = chartImagePaths(tables);
    const ids = chartRegistry(tables).filter(isDrawn).map((c) => c.id);
    expect(paths.map((p) => p.params.id)).toEqual(ids.flatMap((id) => [`${id}.ka`, `${id}.en`]));
    for (const p of paths) expect(p.params.id).toBe(`${p.props.chart.id}.${p.props.locale}`);
    expect(paths.map((p) => p.params.id)).not.toContain('services-by-year.ka');
  });
});

describe('chart paths', () => {
  it('a chart’s view links back to the chart on its page, in the language and under the base', () => {
    expect(chartView(chartById(tables, 'budget-by-year'), tables, 'en', { base: '/reintegration/' }).pagePath).toBe('/reintegration/en/budget/#budget-by-year');
    expect(chartView(chartById(tables, 'budget-by-year'), tables, 'ka', { base: '/' }).pagePath).toBe('/budget/#budget-by-year');
  });
  it('a chart’s view names its downloads, images and embed page under the base', () => {
    const v = chartView(chartById(tables, 'budget-by-year'), tables, 'en', { base: '/reintegration/' });
    expect(v.downloads).toEqual({ csv: '/reintegration/charts/budget-by-year.csv', json: '/reintegration/charts/budget-by-year.json' });
    expect(v.share).toEqual({
      images: { svg: '/reintegration/charts/budget-by-year.en.svg', png: '/reintegration/charts/budget-by-year.en.png' },
      embed: '/reintegration/en/embed/budget-by-year/',
    });
    const table = chartView(chartById(tables, 'budget-change'), tables, 'ka', { base: '/' });
    expect(table.share).toEqual({ images: null, embed: null });
    expect(table.downloads.csv).toBe('/charts/budget-change.csv');
  });
  it('chartImagePath names the language in the file name', () => {
    expect(chartImagePath('budget-by-year', 'ka', 'png', '/')).toBe('/charts/budget-by-year.ka.png');
    expect(chartImagePath('budget-by-year', 'en', 'svg', '/reintegration/')).toBe('/reintegration/charts/budget-by-year.en.svg');
  });
});

describe('chartImage (fixture)', () => {
  it('chartImage draws the budget in Georgian with lari, the sources and the page address', () => {
    const { svg } = chartImage(drawn('budget-by-year'), 'ka', ctx);
    expect(svg).toContain('ბიუჯეტი წლების მიხედვით');
    expect(svg).toContain(formatGel(650000, 'ka'));
    expect(svg).toContain('წყაროები:');
    expect(svg).toContain('data.example.org/budget/');
  });
  it('chartImage draws the map with its legend and boundary note in English', () => {
    const { svg, width } = chartImage(drawn('mobility-centres'), 'en', ctx);
    expect(svg).toContain('>Kutaisi</text>');
    expect(svg).toContain('a centre that only another source names');
    expect(svg).toContain('Natural Earth');
    expect(svg).toContain('data.example.org/en/mobility-centres/');
    expect(width).toBeGreaterThan(640);
  });
  it('chartImage links to the page under the site’s base path', () => {
    const { svg } = chartImage(drawn('budget-by-year'), 'en', { ...ctx, site: 'https://example.org', base: '/reintegration/' });
    expect(svg).toContain('example.org/reintegration/en/budget/');
  });
  it('chartImage gives every drawn chart a self-contained SVG in both languages', () => {
    for (const c of chartRegistry(tables).filter(isDrawn)) {
      for (const locale of ['ka', 'en'] as const) {
        const { svg } = chartImage(c, locale, ctx);
        expect(svg, `${c.id} ${locale}`).not.toMatch(/class=|<style|var\(--|href="http/);
      }
    }
  });
});

describe('embedHeight (fixture)', () => {
  it('embedHeight gives each embeddable chart a frame tall enough for its drawing and text', () => {
    expect(EMBED_MAX_WIDTH).toBeGreaterThan(320);
    for (const c of chartRegistry(tables).filter(isEmbeddable)) {
      for (const locale of ['ka', 'en'] as const) {
        const h = embedHeight(c, tables, locale);
        expect(Number.isFinite(h), c.id).toBe(true);
        expect(h, `${c.id} ${locale}`).toBeGreaterThan(250);
        // The whole embed at a 360 px phone's width, where text wraps most (the tallest charts run to about 2,300 px).
        expect(h, `${c.id} ${locale}`).toBeLessThan(2600);
      }
    }
  });
  it('embedHeight makes room for each note of a bar chart', () => {
    const c = drawn('budget-by-year');
    const missing = { ...tables, programs: tables.programs.map((p) => (p.year === 2016 ? { ...p, budget_gel: null } : p)) };
    const withNote = chartById(missing, 'budget-by-year');
    expect(embedHeight(withNote, missing, 'en')).toBeGreaterThan(embedHeight(c, tables, 'en'));
  });
});
