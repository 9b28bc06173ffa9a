import { geoBounds, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryFeatures, georgiaFeature, GEORGIA_ID } from './geography.ts';
import { isInsideGeorgia } from './inside-georgia.ts';

/** [longitude, latitude] in degrees. */
const inGeorgia: Record<string, [number, number]> = {
  Sukhumi: [41.0, 43.0],
  Gagra: [40.27, 43.3],
  Tskhinvali: [43.97, 42.23],
  Tbilisi: [44.7930, 41.7151],
  Batumi: [41.6339, 41.6423],
  Kutaisi: [42.6946, 42.2679],
  Telavi: [45.4732, 41.9198],
};

const abroad: Record<string, [number, number]> = {
  Yerevan: [44.5152, 40.1872],
  Trabzon: [39.7168, 41.0027],
  Baku: [49.8671, 40.4093],
  Vladikavkaz: [44.6678, 43.0367],
  'Null Island': [0, 0],
};

describe('georgiaFeature()', () => {
  it('georgiaFeature() is the single Natural Earth feature of Georgia, id 268', () => {
    const georgia = georgiaFeature();
    expect(georgia.id).toBe(GEORGIA_ID);
    expect(georgia.properties.name).toBe('Georgia');
    expect(countryFeatures().filter((f) => f.id === GEORGIA_ID)).toHaveLength(1);
  });

  it('georgiaFeature() reaches west to the Psou river, the border of Abkhazia with Russia', () => {
    const [[west]] = geoBounds(georgiaFeature());
    expect(west).toBeLessThan(40.05);
  });

  it('georgiaFeature() contains Abkhazia and the Tskhinvali region, claimed by no other feature', () => {
    for (const name of ['Sukhumi', 'Gagra', 'Tskhinvali'] as const) {
      const point = inGeorgia[name]!;
      expect(geoContains(georgiaFeature(), point), name).toBe(true);
      const claimants = countryFeatures()
        .filter((f) => geoContains(f, point))
        .map((f) => f.id);
      expect(claimants, name).toEqual([GEORGIA_ID]);
    }
  });

  it('countryFeatures() holds no separate Abkhazia or South Ossetia feature', () => {
    const names = countryFeatures().map((f) => f.properties.name);
    expect(names.filter((n) => /abkh|osset|tskhinv/i.test(n))).toEqual([]);
  });

  it('georgiaFeature() is memoised', () => {
    expect(georgiaFeature()).toBe(georgiaFeature());
  });
});

describe('isInsideGeorgia(longitude, latitude)', () => {
  for (const [name, [lon, lat]] of Object.entries(inGeorgia)) {
    it(`isInsideGeorgia() accepts ${name}`, () => {
      expect(isInsideGeorgia(lon, lat)).toBe(true);
    });
  }

  for (const [name, [lon, lat]] of Object.entries(abroad)) {
    it(`isInsideGeorgia() rejects ${name}`, () => {
      expect(isInsideGeorgia(lon, lat)).toBe(false);
    });
  }

  it('isInsideGeorgia() accepts Batumi only through the coastal tolerance (50m coast)', () => {
    const [lon, lat] = inGeorgia.Batumi!;
    expect(geoContains(georgiaFeature(), [lon, lat])).toBe(false);
    expect(isInsideGeorgia(lon, lat)).toBe(true);
  });

  it('isInsideGeorgia() rejects the open Black Sea beyond the tolerance', () => {
    // ~20 km west of Batumi.
    expect(isInsideGeorgia(41.4, 41.65)).toBe(false);
  });

  it('isInsideGeorgia() does not stretch the tolerance across a land border', () => {
    // Hopa, Turkey, ~14 km from the border at Sarpi; then points in Turkey (per the 50m
    // polygons) within the 5 km tolerance of Georgia's outline.
    expect(isInsideGeorgia(41.4295, 41.409)).toBe(false);
    expect(isInsideGeorgia(41.4851, 41.4832)).toBe(false);
    expect(isInsideGeorgia(41.55, 41.49)).toBe(false);
  });

  it('isInsideGeorgia() rejects non-finite input', () => {
    expect(isInsideGeorgia(Number.NaN, 42)).toBe(false);
    expect(isInsideGeorgia(44, Number.POSITIVE_INFINITY)).toBe(false);
  });
});
