/** The coordinate test with the map's own boundary (Natural Earth 1:50m, see geography.ts). */
import { georgiaFeature, neighbourFeatures } from './geography.ts';
import { insideBoundary, type Boundary, type InsideTest } from './inside.ts';

/** Georgia and its neighbours, as the map draws them. */
export function mapBoundary(): Boundary {
  return { georgia: georgiaFeature(), neighbours: neighbourFeatures() };
}

let test: InsideTest | undefined;

/** True if (longitude, latitude), in degrees WGS 84, is in Georgia (or just off its coast). */
export function isInsideGeorgia(longitude: number, latitude: number): boolean {
  test ??= insideBoundary(mapBoundary());
  return test(longitude, latitude);
}
