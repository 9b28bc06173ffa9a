/**
 * Layout of the map of Georgia with the mobility centres: projects the boundary to SVG path
 * strings and places the points and their labels. Pure (no DOM); the `.astro` component
 * only draws what this returns.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { georgiaFeature, neighbourFeatures } from '../../geo/geography.ts';
import { measureText } from '../text.ts';

/** A point to show on the map, in degrees WGS 84. */
export interface MapPointInput {
  id: string;
  label: string;
  longitude: number;
  latitude: number;
}

/** Where a label's text sits relative to `labelX` (the SVG `text-anchor`). */
export type LabelAnchor = 'start' | 'end' | 'middle';

/** A point placed in SVG user units, with its label. */
export interface MapPoint {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Text position: `x` attribute of the label, with `text-anchor` = `anchor`. */
  labelX: number;
  /** Text position: `y` attribute of the label, the alphabetic baseline. */
  labelY: number;
  anchor: LabelAnchor;
}

export interface MapLayout {
  width: number;
  height: number;
  /** `0 0 width height`. */
  viewBox: string;
  /** Georgia's outline (Abkhazia and the Tskhinvali region included). */
  georgiaPath: string;
  /**
   * Russia, Turkey, Armenia, Azerbaijan, clipped to the viewBox (empty ones left out).
   * Clipping adds edges along the viewBox border: draw them as fills, or clip the SVG.
   */
  neighbourPaths: string[];
  points: MapPoint[];
}

/** Font size the labels are drawn at (px); the estimates below assume it. */
export const MAP_LABEL_FONT_SIZE = 13;
/** Part of the label box above the baseline, and below it (sum ≈ font size). */
export const MAP_LABEL_ASCENT = 10;
export const MAP_LABEL_DESCENT = 3;
/** Radius of a point's marker. */
export const MAP_POINT_RADIUS = 4;
/** Space between a marker and its label. */
const LABEL_GAP = 4;
/** Fractional digits in path strings: 0.1 px is finer than any screen needs. */
const PATH_DIGITS = 1;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface LabelPlacement {
  labelX: number;
  labelY: number;
  anchor: LabelAnchor;
}

/**
 * Lay out the map at a given width. The projection is Mercator fitted to Georgia with a
 * margin; the height follows from Georgia's aspect ratio.
 */
export function layoutMap({
  width,
  points,
}: {
  width: number;
  points: readonly MapPointInput[];
}): MapLayout {
  if (!(width > 0)) throw new RangeError(`layoutMap: width must be positive, got ${width}`);
  const georgia = georgiaFeature();
  const margin = Math.max(8, Math.round(width * 0.03));

  const projection = geoMercator().fitWidth(width - 2 * margin, georgia);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(georgia);
  const [tx, ty] = projection.translate();
  projection.translate([tx + margin - x0, ty + margin - y0]);
  const height = Math.ceil(y1 - y0 + 2 * margin);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const path = geoPath(projection).digits(PATH_DIGITS);
  const georgiaPath = path(georgia) ?? '';
  const neighbourPaths = neighbourFeatures()
    .map((country) => path(country) ?? '')
    .filter((d) => d !== '');

  const projected = points.map((p) => {
    const xy = projection([p.longitude, p.latitude]);
    if (xy === null) throw new RangeError(`layoutMap: cannot project point "${p.id}"`);
    return { ...p, x: round(xy[0]), y: round(xy[1]) };
  });

  const placements = placeLabels(projected, width, height);

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    georgiaPath,
    neighbourPaths,
    points: projected.map((p, i) => {
      const placement = placements[i];
      if (placement === undefined) throw new Error('layoutMap: label not placed');
      return { id: p.id, label: p.label, x: p.x, y: p.y, ...placement };
    }),
  };
}

/** Estimated box of a label's text, measured as it is drawn (13 px, weight 600). */
export function labelBox({
  label,
  labelX,
  labelY,
  anchor,
}: Pick<MapPoint, 'label' | 'labelX' | 'labelY' | 'anchor'>): Box {
  const w = measureText(label, MAP_LABEL_FONT_SIZE, 'bold');
  const x0 = anchor === 'start' ? labelX : anchor === 'end' ? labelX - w : labelX - w / 2;
  return { x0, y0: labelY - MAP_LABEL_ASCENT, x1: x0 + w, y1: labelY + MAP_LABEL_DESCENT };
}

type Side = 'right' | 'left' | 'above' | 'below';

/**
 * Greedy label placement. Each point tries right, left, above, below, starting with the
 * side away from its nearest other point (Tbilisi and Telavi, 60 km apart, take their
 * labels outwards: left and right). A side is taken if its box stays in the viewBox and
 * overlaps no label placed before and no marker; if no side is free, the one with the
 * least overlap wins. Points are visited west to east, so the result does not depend on
 * input order.
 */
function placeLabels(
  points: readonly { id: string; label: string; x: number; y: number }[],
  width: number,
  height: number,
): LabelPlacement[] {
  const markers: Box[] = points.map(({ x, y }) => ({
    x0: x - MAP_POINT_RADIUS,
    y0: y - MAP_POINT_RADIUS,
    x1: x + MAP_POINT_RADIUS,
    y1: y + MAP_POINT_RADIUS,
  }));
  const order = points
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = points[a]!;
      const pb = points[b]!;
      return pa.x - pb.x || pa.y - pb.y || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
    });

  const placed: Box[] = [];
  const result: LabelPlacement[] = new Array(points.length);
  for (const i of order) {
    const p = points[i]!;
    let best: { placement: LabelPlacement; box: Box; cost: number } | undefined;
    for (const side of preferredSides(points, i)) {
      const placement = placeAt(p, side);
      const box = labelBox({ label: p.label, ...placement });
      const obstacles = [...placed, ...markers.filter((_, j) => j !== i)];
      const cost =
        outsideArea(box, width, height) +
        obstacles.reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (best === undefined || cost < best.cost) best = { placement, box, cost };
      if (cost === 0) break;
    }
    result[i] = best!.placement;
    placed.push(best!.box);
  }
  return result;
}

function preferredSides(
  points: readonly { x: number; y: number }[],
  i: number,
): Side[] {
  const p = points[i]!;
  let nearest: { x: number; y: number } | undefined;
  let nearestDistance = Infinity;
  points.forEach((q, j) => {
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (j !== i && d < nearestDistance) {
      nearest = q;
      nearestDistance = d;
    }
  });
  return nearest !== undefined && nearest.x > p.x
    ? ['left', 'right', 'above', 'below']
    : ['right', 'left', 'above', 'below'];
}

function placeAt({ x, y }: { x: number; y: number }, side: Side): LabelPlacement {
  const offset = MAP_POINT_RADIUS + LABEL_GAP;
  const middleBaseline = y + (MAP_LABEL_ASCENT - MAP_LABEL_DESCENT) / 2;
  switch (side) {
    case 'right':
      return { labelX: round(x + offset), labelY: round(middleBaseline), anchor: 'start' };
    case 'left':
      return { labelX: round(x - offset), labelY: round(middleBaseline), anchor: 'end' };
    case 'above':
      return { labelX: x, labelY: round(y - offset - MAP_LABEL_DESCENT), anchor: 'middle' };
    case 'below':
      return { labelX: x, labelY: round(y + offset + MAP_LABEL_ASCENT), anchor: 'middle' };
  }
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outsideArea(box: Box, width: number, height: number): number {
  const area = (box.x1 - box.x0) * (box.y1 - box.y0);
  return area - overlapArea(box, { x0: 0, y0: 0, x1: width, y1: height });
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
