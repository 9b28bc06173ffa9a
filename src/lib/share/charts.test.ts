import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { formatGel } from '../i18n/format.ts';
import { allSlices } from '../charts/slices.ts';
import { chartImage, chartImagePath, chartPagePath, embedHeight, hasImage, shareChart, shareCharts } from './charts.ts';

const { tables } = loadData(resolve('data'));
const ctx = { tables, site: 'https://data.example.org', base: '/' };

describe('shareCharts', () => {
  it('shareCharts lists every drawn chart once, each with its page', () => {
    const charts = shareCharts(tables);
    expect(charts.map((c) => [c.kind, c.id, c.page])).toEqual([
      ['bars', 'budget-by-year', '/budget/'],
      ['bars', 'beneficiaries-2017', '/beneficiaries/'],
      ['matrix', 'services-by-year', '/beneficiaries/'],
      ['bars', 'iom-avrr-2003-2016', '/beneficiaries/'],
      ['bars', 'eu-readmission-2014-2016', '/beneficiaries/'],
      ['map', 'mobility-centres', '/mobility-centres/'],
    ]);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });
  it('shareCharts draws only slices that have a CSV download (allSlices)', () => {
    const ids = new Set(allSlices(tables).map((s) => s.id));
    for (const c of shareCharts(tables)) expect(ids.has(c.id), c.id).toBe(true);
  });
  it('shareChart finds a chart by id, or nothing', () => {
    expect(shareChart(tables, 'budget-by-year')?.kind).toBe('bars');
    expect(shareChart(tables, 'budget-change')).toBeUndefined();
  });
});

describe('chart paths', () => {
  it('chartPagePath links back to the chart on its page, in the language and under the base', () => {
    expect(chartPagePath(shareChart(tables, 'budget-by-year')!, 'en', '/reintegration/')).toBe('/reintegration/en/budget/#budget-by-year');
  });
  it('chartImagePath names the language in the file name', () => {
    expect(chartImagePath('budget-by-year', 'ka', 'png', '/')).toBe('/charts/budget-by-year.ka.png');
  });
});

describe('chartImage', () => {
  it('chartImage draws the budget in Georgian with lari, the sources and the page address', () => {
    const { svg } = chartImage(shareChart(tables, 'budget-by-year') as never, 'ka', ctx);
    expect(svg).toContain('ბიუჯეტი წლების მიხედვით');
    expect(svg).toContain(formatGel(650000, 'ka'));
    expect(svg).toContain('წყაროები:');
    expect(svg).toContain('data.example.org/budget/');
  });
  it('chartImage draws the map with its legend and boundary note in English', () => {
    const { svg, width } = chartImage(shareChart(tables, 'mobility-centres') as never, 'en', ctx);
    expect(svg).toContain('>Kutaisi</text>');
    expect(svg).toContain('a centre that only another source names');
    expect(svg).toContain('Natural Earth');
    expect(width).toBeGreaterThan(640);
  });
  it('chartImage gives every image chart a self-contained SVG in both languages', () => {
    for (const c of shareCharts(tables).filter(hasImage)) {
      for (const locale of ['ka', 'en'] as const) {
        const { svg } = chartImage(c, locale, ctx);
        expect(svg, `${c.id} ${locale}`).not.toMatch(/class=|<style|var\(--|href="http/);
      }
    }
  });
});

describe('embedHeight', () => {
  it('embedHeight gives each chart a frame tall enough for its drawing and text', () => {
    for (const c of shareCharts(tables)) {
      const h = embedHeight(c, tables, 'ka');
      expect(h, c.id).toBeGreaterThan(250);
      expect(h, c.id).toBeLessThan(1400);
    }
  });
});
