/**
 * Is a coordinate inside Georgia? Used by the data validator to check the coordinates of
 * the mobility centres. Same boundary as the map (see `geography.ts`), so a point that
 * passes is drawn inside the outline.
 */
import type { Position } from 'geojson';
import { geoContains } from 'd3-geo';
import type { CountryFeature } from './geography.ts';

/**
 * How far into the sea a point may lie and still count as inside, in kilometres.
 *
 * The 1:50m coastline is generalised: Batumi's city coordinates (41.6423°N 41.6339°E) fall
 * about 0.25 km off the 50m coast, in the Black Sea. A point within this distance of
 * Georgia's outline is accepted, but only if no neighbouring country's polygon contains it,
 * so the tolerance never reaches across a land border (Turkey, Armenia, Azerbaijan, Russia
 * are the only countries within 5 km of Georgia); it only forgives the sea. Trabzon, the
 * nearest coastal city abroad, is ~160 km away and stays outside.
 */
export const COAST_TOLERANCE_KM = 5;

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Georgia's outline and its neighbours' (the only countries the coast tolerance could reach). */
export interface Boundary {
  georgia: CountryFeature;
  neighbours: readonly CountryFeature[];
}

/** "Is (longitude, latitude) inside Georgia?" against a given boundary. */
export type InsideTest = (longitude: number, latitude: number) => boolean;

/**
 * The test against `boundary`: the build passes the map's boundary (`./inside-georgia.ts`),
 * the update desk the same boundary as the build published it (`/update/boundary.json`), so
 * both give the same verdict without the browser loading the whole world's map.
 */
export function insideBoundary(boundary: Boundary): InsideTest {
  return (longitude, latitude) => {
    if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) return false;
    const point: [number, number] = [longitude, latitude];
    if (geoContains(boundary.georgia, point)) return true;
    if (distanceToOutlineKm(boundary.georgia.geometry.coordinates, point) > COAST_TOLERANCE_KM) return false;
    return !boundary.neighbours.some((country) => geoContains(country, point));
  };
}

/**
 * Shortest distance in km from a point to the edges of a (multi)polygon. Uses a local
 * equirectangular projection centred on the point: exact enough (well under 1 %) for the
 * few kilometres the tolerance is about; far points only need to come out as "far".
 */
function distanceToOutlineKm(
  coordinates: Position[][] | Position[][][],
  [lon0, lat0]: [number, number],
): number {
  const kx = Math.cos((lat0 * Math.PI) / 180) * KM_PER_DEGREE;
  const ky = KM_PER_DEGREE;
  const polygons = (isMultiPolygon(coordinates) ? coordinates : [coordinates]) as Position[][][];
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (a === undefined || b === undefined) continue;
        const ax = ((a[0] ?? 0) - lon0) * kx;
        const ay = ((a[1] ?? 0) - lat0) * ky;
        const bx = ((b[0] ?? 0) - lon0) * kx;
        const by = ((b[1] ?? 0) - lat0) * ky;
        best = Math.min(best, distanceToSegment(ax, ay, bx, by));
      }
    }
  }
  return best;
}

/** Distance from the origin to the segment (ax, ay)–(bx, by). */
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function isMultiPolygon(c: Position[][] | Position[][][]): c is Position[][][] {
  const first = c[0]?.[0]?.[0];
  return Array.isArray(first);
}
