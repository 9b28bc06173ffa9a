import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import { labelBox } from './layout.ts';
import { MAP_WIDTHS, centrePoints, centresMap, mapFrame } from './centres-map.ts';

const tables = fixtureTables();
type Box = { x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, c: Box) => a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1;

describe('centrePoints (fixture)', () => {
  it('centrePoints labels every centre with its city in the language asked', () => {
    expect(centrePoints(tables, 'en').map((p) => p.label)).toEqual(tables.mobility_centres.map((c) => c.city_en));
    expect(centrePoints(tables, 'ka').map((p) => p.label)).toEqual(tables.mobility_centres.map((c) => c.city_ka));
  });
});

describe('centresMap (fixture)', () => {
  for (const locale of ['ka', 'en'] as const) {
    const map = centresMap(tables, locale);
    it(`centresMap (${locale}) describes Georgia with Abkhazia and the Tskhinvali region and names every city`, () => {
      for (const c of tables.mobility_centres) expect(map.description).toContain(locale === 'ka' ? c.city_ka : c.city_en);
      expect(map.description).toContain(locale === 'ka' ? 'აფხაზეთისა და ცხინვალის რეგიონის' : 'Abkhazia and the Tskhinvali region');
    });
    it(`centresMap (${locale}) lays out both widths, every point inside the layout`, () => {
      for (const layout of [map.narrow, map.wide]) {
        expect(layout.points).toHaveLength(tables.mobility_centres.length);
        for (const p of layout.points) {
          expect(p.x, p.id).toBeGreaterThan(0);
          expect(p.x, p.id).toBeLessThan(layout.width);
          expect(p.y, p.id).toBeGreaterThan(0);
          expect(p.y, p.id).toBeLessThan(layout.height);
        }
      }
      expect(map.narrow.width).toBe(MAP_WIDTHS.narrow);
      expect(map.wide.width).toBe(MAP_WIDTHS.wide);
    });
    it(`centresMap (${locale}) draws Tbilisi, which the report does not name, as a ring, with a legend for both markers`, () => {
      expect(map.hollow).toEqual(['tbilisi']);
      expect(map.legend.map((l) => l.marker)).toEqual(['filled', 'hollow']);
      for (const l of map.legend) expect(l.label.trim()).not.toBe('');
      if (locale === 'en') expect(map.legend[1]!.label).toContain('a centre that only another source names');
    });
  }

  it('centresMap has no legend when the report names every centre', () => {
    const all = tables.mobility_centres.map((c) => ({ ...c, named_in_report: 'yes' as const }));
    const map = centresMap({ mobility_centres: all }, 'en');
    expect(map.hollow).toEqual([]);
    expect(map.legend).toEqual([]);
  });
});

describe('mapFrame (fixture)', () => {
  for (const locale of ['ka', 'en'] as const) {
    it(`mapFrame (${locale}) holds every label as drawn, and drawn labels overlap no other label or marker`, () => {
      const map = centresMap(tables, locale);
      for (const [key, layout] of [['narrow', map.narrow], ['wide', map.wide]] as const) {
        const frame = mapFrame(layout);
        expect(map.frames[key]).toEqual(frame);
        expect(frame.viewBox).toBe(`${frame.x} ${frame.y} ${frame.width} ${frame.height}`);
        expect(frame.x).toBeLessThanOrEqual(0);
        expect(frame.y).toBeLessThanOrEqual(0);
        expect(frame.x + frame.width).toBeGreaterThanOrEqual(layout.width);
        expect(frame.y + frame.height).toBeGreaterThanOrEqual(layout.height);
        // Never more than a small strip of extra room.
        expect(frame.width - layout.width).toBeLessThan(24);
        expect(frame.height - layout.height).toBeLessThan(24);
        const boxes = layout.points.map(labelBox);
        boxes.forEach((b, i) => {
          const id = layout.points[i]!.id;
          // 2 px of room above and below the text, as the frame keeps.
          expect(b.x0, id).toBeGreaterThanOrEqual(frame.x);
          expect(b.x1, id).toBeLessThanOrEqual(frame.x + frame.width);
          expect(b.y0 - 2, id).toBeGreaterThanOrEqual(frame.y);
          expect(b.y1 + 2, id).toBeLessThanOrEqual(frame.y + frame.height);
          layout.points.forEach((q, j) => {
            if (j === i) return;
            expect(overlap(b, boxes[j]!), `${key}: ${id} / ${q.id} labels`).toBe(false);
            expect(overlap(b, { x0: q.x - 4, x1: q.x + 4, y0: q.y - 4, y1: q.y + 4 }), `${key}: ${id} label / ${q.id} marker`).toBe(false);
          });
        });
      }
    });
  }

  it('mapFrame grows the frame to a label that crosses the layout’s edge, and only then', () => {
    const layout = centresMap(tables, 'en').wide;
    const inside = mapFrame({ ...layout, points: [] });
    expect(inside).toEqual({ x: 0, y: 0, width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}` });
    const edge = mapFrame({ ...layout, points: [{ id: 'x', label: 'Far away', x: 2, y: 50, labelX: 0, labelY: 50, anchor: 'end' }] });
    expect(edge.x).toBeLessThan(0);
    expect(edge.width).toBe(layout.width - edge.x);
  });
});
