import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import type { Tables } from '../validation/load.ts';
import { locales } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import { chartImage } from '../images/chart-images.ts';
import { isDrawn, isEmbeddable, type ChartEntry } from './entry.ts';
import { chartById, chartRegistry, findChart } from './registry.ts';
import { chartView } from './view.ts';

const tables = fixtureTables();
const site = { site: 'https://data.example.org', base: '/' };
/** The fixture with one budget not reported: its bar is drawn hatched. */
const withMissingBudget: Tables = { ...tables, programs: tables.programs.map((p) => (p.year === 2016 ? { ...p, budget_gel: null } : p)) };

/** The words of an SVG image, as a reader sees them: every <text>, unescaped, spaces collapsed. */
function imageWords(svg: string): string {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]!)).join(' ').replace(/\s+/g, ' ');
}
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('chartRegistry (fixture)', () => {
  const charts = chartRegistry(tables);

  it('chartRegistry lists every chart once, in site order, each with its kind and page', () => {
    expect(charts.map((c) => [c.kind, c.id, c.page])).toEqual([
      ['bars', 'budget-by-year', '/budget/'],
      ['table', 'budget-change', '/budget/'],
      ['bars', 'people-by-year', '/years/'],
      ['bars', 'beneficiaries-2017', '/beneficiaries/'],
      ['matrix', 'services-by-year', '/beneficiaries/'],
      ['bars', 'iom-avrr-2003-2016', '/beneficiaries/'],
      ['bars', 'eu-readmission-2014-2016', '/beneficiaries/'],
      ['map', 'mobility-centres', '/mobility-centres/'],
    ]);
  });

  it('chart ids are unique, and each entry is found by its own id', () => {
    const ids = charts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of charts) {
      expect(c.slice.id, c.id).toBe(c.id);
      expect(findChart(tables, c.id), c.id).toBe(c);
      expect(chartById(tables, c.id), c.id).toBe(c);
    }
  });

  it('chartRegistry is computed once per set of tables', () => {
    expect(chartRegistry(tables)).toBe(charts);
    expect(chartRegistry(withMissingBudget)).not.toBe(charts);
  });

  it('every entry has a slice with a title in both languages, rows and sources', () => {
    for (const c of charts) {
      expect(c.slice.title.ka.trim(), c.id).not.toBe('');
      expect(c.slice.title.en.trim(), c.id).not.toBe('');
      expect(c.slice.rows.length, c.id).toBeGreaterThan(0);
      expect(c.slice.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.slice.sources) expect(tables.sources.some((x) => x.source_id === s.sourceId), `${c.id}: ${s.sourceId}`).toBe(true);
      if (c.shown) {
        expect(c.shown.id, c.id).toBe(c.id);
        expect(c.shown.rows, c.id).toHaveLength(c.slice.rows.length);
        expect(c.shown.sources, c.id).toEqual(c.slice.sources);
      }
      for (const key of [...c.table.hide, ...(c.table.rowHeader ? [c.table.rowHeader] : [])]) {
        expect((c.shown ?? c.slice).columns.some((col) => col.key === key), `${c.id}: ${key}`).toBe(true);
      }
    }
  });

  it('every entry has a takeaway in both languages', () => {
    for (const c of charts) for (const locale of locales) expect(c.takeaway(locale).trim(), `${c.id} ${locale}`).not.toBe('');
  });
});

describe('one chart, the same everywhere (fixture)', () => {
  for (const c of chartRegistry(tables)) {
    for (const locale of locales) {
      it(`${c.id} (${locale}): the page and the embed carry the same takeaway, notes, citations and figures`, () => {
        const page = chartView(c, tables, locale, site, 'page');
        const embed = chartView(c, tables, locale, site, 'embed');
        expect(embed.title).toBe(page.title);
        expect(embed.takeaway).toBe(page.takeaway);
        expect(embed.takeaway).toBe(c.takeaway(locale));
        expect(embed.notes).toEqual(page.notes);
        expect(embed.notes).toEqual(c.notes(locale));
        expect(embed.citations).toEqual(page.citations);
        expect(page.citations.length).toBeGreaterThan(0);
        expect(embed.slice.rows).toEqual(page.slice.rows);
        expect(page.slice.rows).toEqual((c.shown ?? c.slice).rows);
        expect(embed.description).toBe(page.description);
        expect(embed.drawing.kind).toBe(page.drawing.kind);
        if (page.drawing.kind === 'bars' && embed.drawing.kind === 'bars') {
          const figures = (bars: typeof page.drawing.model.layout.bars) => bars.map((b) => [b.id, words(b.labelLines.map((l) => l.text).join(' ')), b.valueLabel, b.missing]);
          expect(figures(embed.drawing.model.layout.bars)).toEqual(figures(page.drawing.model.layout.bars));
          expect(embed.drawing.model.layout.width).toBeLessThan(page.drawing.model.layout.width);
        }
        expect(embed.share).toEqual(page.share);
        expect(page.share.images !== null).toBe(isDrawn(c));
        expect(page.share.embed !== null).toBe(isEmbeddable(c));
      });

      if (isDrawn(c)) {
        it(`${c.id} (${locale}): the image has the title and every note`, () => {
          const view = chartView(c, tables, locale, site, 'page');
          const { svg } = chartImage(c, locale, { tables, ...site });
          const text = imageWords(svg);
          expect(text).toContain(words(view.title));
          expect(svg).toContain(`<title id="chart-title">`);
          for (const note of view.notes) expect(text, note).toContain(words(note));
        });
      }
    }
  }
});

describe('the hatch key (fixture)', () => {
  const barCharts = (tb: Tables) => chartRegistry(tb).filter((c): c is Extract<ChartEntry, { kind: 'bars' }> => c.kind === 'bars');

  for (const [name, tb] of [['the fixture', tables], ['a budget not reported', withMissingBudget]] as const) {
    it(`a bar chart’s notes have the hatch key exactly when a value it draws is missing (${name})`, () => {
      for (const c of barCharts(tb)) {
        const missing = c.slice.rows.some((r) => r[c.spec.value] === null || r[c.spec.value] === undefined);
        for (const locale of locales) {
          expect(c.notes(locale).includes(t(locale, 'figure.missingKey')), `${c.id} ${locale}`).toBe(missing);
        }
      }
    });
  }

  it('with a budget not reported, the budget chart has the hatch key on its page, its embed and its image', () => {
    const c = chartById(withMissingBudget, 'budget-by-year');
    if (!isDrawn(c)) throw new Error('the budget chart is drawn');
    for (const locale of locales) {
      const key = t(locale, 'figure.missingKey');
      expect(chartView(c, withMissingBudget, locale, site, 'page').notes).toContain(key);
      expect(chartView(c, withMissingBudget, locale, site, 'embed').notes).toContain(key);
      expect(imageWords(chartImage(c, locale, { tables: withMissingBudget, ...site }).svg)).toContain(words(key));
      // And not where every budget is reported.
      expect(chartView(chartById(tables, 'budget-by-year'), tables, locale, site, 'page').notes).not.toContain(key);
    }
  });
});
