import { describe, expect, it } from 'vitest';
import { MAP_LABEL_FONT_SIZE, labelBox, layoutMap, type MapLayout, type MapPointInput } from './layout.ts';

/** The mobility centres, at their city coordinates. */
const centres: MapPointInput[] = [
  { id: 'tbilisi', label: 'Tbilisi', latitude: 41.7151, longitude: 44.793 },
  { id: 'kutaisi', label: 'Kutaisi', latitude: 42.2679, longitude: 42.6946 },
  { id: 'batumi', label: 'Batumi', latitude: 41.6423, longitude: 41.6339 },
  { id: 'telavi', label: 'Telavi', latitude: 41.9198, longitude: 45.4732 },
];

const centresKa: MapPointInput[] = centres.map((c, i) => ({
  ...c,
  label: ['თბილისი', 'ქუთაისი', 'ბათუმი', 'თელავი'][i]!,
}));

/** Byte budgets for the path data. */
const GEORGIA_PATH_BUDGET = 4 * 1024;
const ALL_PATHS_BUDGET = 10 * 1024;

/**
 * Label box estimated independently of the layout, from the widths Chromium draws Noto Sans
 * Georgian at 13 px, weight 600: up to 9.6 px a Georgian letter, 8.8 px a Latin one.
 */
function estimatedBox(p: MapLayout['points'][number]) {
  const w = [...p.label].reduce((sum, ch) => sum + (/[\u10A0-\u10FF]/u.test(ch) ? 9.6 : 8.8), 0);
  const x0 = p.anchor === 'start' ? p.labelX : p.anchor === 'end' ? p.labelX - w : p.labelX - w / 2;
  // labelY is the baseline: most of a 13 px line is above it.
  return { x0, x1: x0 + w, y0: p.labelY - 10, y1: p.labelY + 3 };
}

type Box = ReturnType<typeof estimatedBox>;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('layoutMap({ width, points })', () => {
  for (const width of [320, 640]) {
    for (const [language, points] of [
      ['en', centres],
      ['ka', centresKa],
    ] as const) {
      describe(`at width ${width}, ${language} labels`, () => {
        const map = layoutMap({ width, points });

        it('layoutMap() keeps the width and derives the height from Georgia’s shape', () => {
          expect(map.width).toBe(width);
          expect(Number.isInteger(map.height)).toBe(true);
          expect(map.height / width).toBeGreaterThan(0.4);
          expect(map.height / width).toBeLessThan(0.65);
          expect(map.viewBox).toBe(`0 0 ${width} ${map.height}`);
        });

        it('layoutMap() puts every point inside the viewBox', () => {
          expect(map.points).toHaveLength(points.length);
          for (const p of map.points) {
            expect(p.x, p.id).toBeGreaterThan(0);
            expect(p.x, p.id).toBeLessThan(width);
            expect(p.y, p.id).toBeGreaterThan(0);
            expect(p.y, p.id).toBeLessThan(map.height);
          }
        });

        it('labelBox() measures each label as it is drawn (bold, Georgian wider than Latin)', () => {
          expect(MAP_LABEL_FONT_SIZE).toBe(13);
          for (const p of map.points) {
            const a = labelBox(p);
            const b = estimatedBox(p);
            expect(a.x0, p.id).toBeCloseTo(b.x0, 6);
            expect(a.x1, p.id).toBeCloseTo(b.x1, 6);
            expect([a.y0, a.y1], p.id).toEqual([b.y0, b.y1]);
          }
        });

        it('layoutMap() keeps every label inside the viewBox', () => {
          for (const p of map.points) {
            const box = estimatedBox(p);
            expect(box.x0, p.id).toBeGreaterThanOrEqual(0);
            expect(box.x1, p.id).toBeLessThanOrEqual(width);
            expect(box.y0, p.id).toBeGreaterThanOrEqual(0);
            expect(box.y1, p.id).toBeLessThanOrEqual(map.height);
          }
        });

        it('layoutMap() places labels that overlap neither each other nor other markers', () => {
          const boxes = map.points.map(estimatedBox);
          for (let i = 0; i < boxes.length; i++) {
            for (let j = 0; j < boxes.length; j++) {
              if (i === j) continue;
              const a = map.points[i]!;
              const b = map.points[j]!;
              if (i < j) expect(overlaps(boxes[i]!, boxes[j]!), `${a.id} / ${b.id}`).toBe(false);
              const marker = { x0: b.x - 4, x1: b.x + 4, y0: b.y - 4, y1: b.y + 4 };
              expect(overlaps(boxes[i]!, marker), `${a.id} label / ${b.id} marker`).toBe(false);
            }
          }
        });

        it('layoutMap() returns small, non-empty path data', () => {
          expect(map.georgiaPath).toMatch(/^M[\d.,-]+L/);
          expect(bytes(map.georgiaPath)).toBeLessThan(GEORGIA_PATH_BUDGET);
          expect(map.neighbourPaths).toHaveLength(4);
          for (const d of map.neighbourPaths) expect(d).toMatch(/^M/);
          const total = [map.georgiaPath, ...map.neighbourPaths].reduce((n, d) => n + bytes(d), 0);
          expect(total).toBeLessThan(ALL_PATHS_BUDGET);
        });
      });
    }
  }

  it('layoutMap() takes Tbilisi’s label left and Telavi’s right, away from each other', () => {
    for (const width of [320, 640]) {
      const byId = new Map(layoutMap({ width, points: centres }).points.map((p) => [p.id, p]));
      expect(byId.get('tbilisi')?.anchor).toBe('end');
      expect(byId.get('telavi')?.anchor).toBe('start');
    }
  });

  it('layoutMap() is deterministic and independent of the order of points', () => {
    const a = layoutMap({ width: 320, points: centres });
    const b = layoutMap({ width: 320, points: [...centres].reverse() });
    expect(layoutMap({ width: 320, points: centres })).toEqual(a);
    expect([...b.points].reverse()).toEqual(a.points);
    expect(b.georgiaPath).toBe(a.georgiaPath);
  });

  it('layoutMap() at width 320 places the mobility centres (snapshot)', () => {
    const map = layoutMap({ width: 320, points: centres });
    expect({ height: map.height, points: map.points }).toMatchInlineSnapshot(`
      {
        "height": 172,
        "points": [
          {
            "anchor": "end",
            "id": "tbilisi",
            "label": "Tbilisi",
            "labelX": 217.8,
            "labelY": 126.4,
            "x": 225.8,
            "y": 122.9,
          },
          {
            "anchor": "start",
            "id": "kutaisi",
            "label": "Kutaisi",
            "labelX": 139.8,
            "labelY": 93.1,
            "x": 131.8,
            "y": 89.6,
          },
          {
            "anchor": "end",
            "id": "batumi",
            "label": "Batumi",
            "labelX": 76.3,
            "labelY": 130.8,
            "x": 84.3,
            "y": 127.3,
          },
          {
            "anchor": "start",
            "id": "telavi",
            "label": "Telavi",
            "labelX": 264.3,
            "labelY": 114.1,
            "x": 256.3,
            "y": 110.6,
          },
        ],
      }
    `);
  });

  it('layoutMap() rejects a non-positive width', () => {
    expect(() => layoutMap({ width: 0, points: centres })).toThrow(RangeError);
  });
});
