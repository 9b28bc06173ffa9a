/**
 * The boundaries behind the map of Georgia: Natural Earth 1:50m admin-0 countries, as
 * pre-built TopoJSON by the `world-atlas` package (countries-50m.json).
 *
 * Georgia (ISO 3166-1 numeric "268") is ONE polygon in this file, and it includes Abkhazia
 * and the Tskhinvali region (South Ossetia): its western end is the mouth of the Psou river
 * (≈ 39.98°E), and Sukhumi, Gagra and Tskhinvali are inside it. The file holds no separate
 * Abkhazia or South Ossetia feature, so nothing needs merging. `inside.test.ts` guards
 * this: if a future `world-atlas` split those regions off, the tests fail, and the fix is
 * to merge them into Georgia with topojson-client's `merge`.
 *
 * Why 50m: 110m is too coarse (24 vertices for the whole country); 10m is 3.6 MB and its
 * Maldives polygon has broken winding (d3.geoContains says it covers the whole globe).
 * 50m gives Georgia 164 vertices, about 1.8 KB of SVG path at one decimal.
 *
 * Pure and memoised: the TopoJSON is turned into GeoJSON once, on first use.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// A JSON import with an import attribute works in Node 24 (scripts run with
// --experimental-strip-types), under vitest, and in Astro's Vite build.
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

/** Properties of a country feature in world-atlas. */
export interface CountryProperties {
  name: string;
}

/** A country as GeoJSON: a (multi)polygon with its Natural Earth name. */
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id: string };

/** ISO 3166-1 numeric code of Georgia, the feature id in world-atlas. */
export const GEORGIA_ID = '268';

/**
 * Countries drawn lightly around Georgia for context, in drawing order
 * (ISO 3166-1 numeric codes, as world-atlas ids).
 */
export const NEIGHBOUR_IDS: readonly string[] = [
  '643', // Russia
  '792', // Turkey
  '051', // Armenia
  '031', // Azerbaijan
];

type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
}>;

let countriesCache: readonly CountryFeature[] | undefined;

/** Every country feature of world-atlas countries-50m (memoised). */
export function countryFeatures(): readonly CountryFeature[] {
  if (countriesCache === undefined) {
    const topology = countries50m as unknown as CountriesTopology;
    const collection: FeatureCollection = feature(topology, topology.objects.countries);
    countriesCache = collection.features.filter(isCountryFeature);
  }
  return countriesCache;
}

function isCountryFeature(f: Feature): f is CountryFeature {
  return (
    typeof f.id === 'string' &&
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
  );
}

function countryById(id: string): CountryFeature {
  const found = countryFeatures().find((f) => f.id === id);
  if (found === undefined) {
    throw new Error(`world-atlas/countries-50m.json: no country with id "${id}"`);
  }
  return found;
}

/** Georgia within its internationally recognised borders (memoised). */
export function georgiaFeature(): CountryFeature {
  return countryById(GEORGIA_ID);
}

/** Russia, Turkey, Armenia and Azerbaijan, in `NEIGHBOUR_IDS` order. */
export function neighbourFeatures(): CountryFeature[] {
  return NEIGHBOUR_IDS.map(countryById);
}
