import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../data/load.ts';
import { labelBox } from '../charts/map/layout.ts';
import { centresSlice } from '../charts/slices.ts';
import { MAP_WIDTHS, centreViews, centresMap, centresTakeaway, drawnLabelBox, labelWidth, listText, mapFrame, programHistory } from './centres.ts';

const { tables } = loadData(resolve('data'));

describe('centreViews', () => {
  it('centreViews puts the centres the report names first: Kutaisi, Batumi, Telavi, then Tbilisi', () => {
    const v = centreViews(tables);
    expect(v.map((c) => [c.id, c.namedInReport])).toEqual([
      ['kutaisi', true],
      ['batumi', true],
      ['telavi', true],
      ['tbilisi', false],
    ]);
  });
  it('centreViews keeps every source: the report line, the other sources, address and coordinates', () => {
    const kutaisi = centreViews(tables)[0]!;
    expect(kutaisi.refs).toEqual([{ sourceId: 'report-2018-06', ref: 'L2' }, { sourceId: 'iom-assistance', ref: null }]);
    expect(kutaisi.addressRefs).toEqual([{ sourceId: 'iom-leaflet', ref: null }]);
    expect(kutaisi.coordinateRefs).toEqual([{ sourceId: 'geonames', ref: null }]);
    expect(kutaisi.operator.en).toContain('IOM');
    const tbilisi = centreViews(tables)[3]!;
    expect(tbilisi.refs[0]!.sourceId).toBe('iom-assistance');
    expect(tbilisi.note?.en).toContain('does not name');
  });
});

describe('centresTakeaway', () => {
  it('centresTakeaway says which cities the report names and which another source adds', () => {
    expect(centresTakeaway(tables, 'en')).toBe('The report names centres in Kutaisi, Batumi and Telavi. “IOM Georgia: migrant assistance” also lists Tbilisi.');
    expect(centresTakeaway(tables, 'ka')).toContain('ქუთაისი, ბათუმი და თელავი');
    expect(centresTakeaway(tables, 'ka')).toContain('თბილისი');
  });
  it('listText joins as each language does', () => {
    expect(listText(['a'], 'en')).toBe('a');
    expect(listText(['ა', 'ბ'], 'ka')).toBe('ა და ბ');
  });
});

describe('centresMap', () => {
  for (const locale of ['ka', 'en'] as const) {
    const map = centresMap(tables, locale);
    it(`centresMap (${locale}) describes Georgia with Abkhazia and the Tskhinvali region and names every city`, () => {
      for (const c of tables.mobility_centres) expect(map.description).toContain(locale === 'ka' ? c.city_ka : c.city_en);
      expect(map.description).toContain(locale === 'ka' ? 'აფხაზეთისა და ცხინვალის რეგიონის' : 'Abkhazia and the Tskhinvali region');
    });
    it(`centresMap (${locale}) lays out both widths with every label inside the frame`, () => {
      for (const layout of [map.narrow, map.wide]) {
        expect(layout.points).toHaveLength(tables.mobility_centres.length);
        for (const p of layout.points) {
          const box = labelBox(p);
          expect(box.x0, p.id).toBeGreaterThanOrEqual(0);
          expect(box.x1, p.id).toBeLessThanOrEqual(layout.width);
          expect(box.y0, p.id).toBeGreaterThanOrEqual(0);
          expect(box.y1, p.id).toBeLessThanOrEqual(layout.height);
        }
      }
      expect(map.narrow.width).toBe(MAP_WIDTHS.narrow);
      expect(map.wide.width).toBe(MAP_WIDTHS.wide);
      expect(map.namedInReport).toEqual(['kutaisi', 'batumi', 'telavi']);
    });
  }
});

describe('labelWidth and mapFrame', () => {
  it('labelWidth counts Georgian letters wider than Latin ones', () => {
    expect(labelWidth('თელავი')).toBeGreaterThan(labelWidth('Telavi'));
    expect(labelWidth('თელავი')).toBeGreaterThanOrEqual(6 * 9.4);
  });
  for (const locale of ['ka', 'en'] as const) {
    it(`mapFrame (${locale}) holds every label as drawn, and drawn labels overlap no other label or marker`, () => {
      const map = centresMap(tables, locale);
      for (const [key, layout] of [['narrow', map.narrow], ['wide', map.wide]] as const) {
        const frame = mapFrame(layout);
        expect(map.frames[key]).toEqual(frame);
        expect(frame.x).toBeLessThanOrEqual(0);
        expect(frame.x + frame.width).toBeGreaterThanOrEqual(layout.width);
        // Never more than a small strip of extra room.
        expect(frame.width - layout.width).toBeLessThan(24);
        const boxes = layout.points.map(drawnLabelBox);
        boxes.forEach((b, i) => {
          const id = layout.points[i]!.id;
          expect(b.x0, id).toBeGreaterThanOrEqual(frame.x);
          expect(b.x1, id).toBeLessThanOrEqual(frame.x + frame.width);
          expect(b.y0, id).toBeGreaterThanOrEqual(frame.y);
          expect(b.y1, id).toBeLessThanOrEqual(frame.y + frame.height);
          layout.points.forEach((q, j) => {
            if (j === i) return;
            const o = boxes[j]!;
            const overlap = (a: typeof b, c: typeof b) => a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1;
            expect(overlap(b, o), `${key}: ${id} / ${q.id} labels`).toBe(false);
            expect(overlap(b, { x0: q.x - 4, x1: q.x + 4, y0: q.y - 4, y1: q.y + 4 }), `${key}: ${id} label / ${q.id} marker`).toBe(false);
          });
        });
      }
    });
  }
});

describe('centresSlice', () => {
  it('centresSlice carries the operator and whether the report names each centre', () => {
    const s = centresSlice(tables);
    const tbilisi = s.rows.find((r) => r.centre_id === 'tbilisi')!;
    expect(tbilisi.named_in_report_en).toBe('no');
    expect(tbilisi.named_in_report_ka).toBe('არა');
    expect(String(tbilisi.operator_en)).toContain('IOM');
    expect(s.sources.map((x) => x.sourceId)).toEqual(expect.arrayContaining(['report-2018-06', 'iom-assistance', 'iom-leaflet', 'geonames']));
  });
});

describe('programHistory', () => {
  it('programHistory lists the project (both dates), the handover and the administering bodies, oldest first', () => {
    const h = programHistory(tables);
    expect(h.map((m) => m.milestone_id)).toEqual(['more-for-more-mra', 'more-for-more-report', 'handover', 'transfer-ministry', 'transfer-agency']);
    expect(h.every((m) => ['project', 'handover', 'administration'].includes(m.kind))).toBe(true);
  });
});
