/**
 * The marks of a map layout (src/lib/charts/map/layout.ts) as an SVG string with every style
 * written as an attribute, as MapChart.astro draws it on the page in light mode.
 */
import { MAP_LABEL_FONT_SIZE, MAP_POINT_RADIUS, type MapLayout } from '../charts/map/layout.ts';
import { el, text } from './svg.ts';
import { PRINT_THEME, type PrintTheme } from './theme.ts';

export interface MapFrameBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapSvgOptions {
  /** The drawn area (may be larger than the layout, for wide labels). */
  frame: MapFrameBox;
  /** Ids of points drawn as rings (not named in the report). */
  hollow?: readonly string[];
  theme?: PrintTheme;
}

/** The sea, the neighbours, Georgia and the labelled points, in the frame's user space. */
export function mapMarksSvg(layout: MapLayout, o: MapSvgOptions): string {
  const c = o.theme ?? PRINT_THEME;
  const hollow = new Set(o.hollow ?? []);
  return [
    el('rect', { x: o.frame.x, y: o.frame.y, width: o.frame.width, height: o.frame.height, fill: c.bg }),
    ...layout.neighbourPaths.map((d) => el('path', { d, fill: c.mapNeighbour })),
    el('path', { d: layout.georgiaPath, fill: c.mapGeorgia, stroke: c.mapGeorgiaEdge, 'stroke-width': 1, 'stroke-linejoin': 'round' }),
    ...layout.points.map((p) =>
      el(
        'g',
        {},
        hollow.has(p.id)
          ? el('circle', { cx: p.x, cy: p.y, r: MAP_POINT_RADIUS, fill: c.bg, stroke: c.mark, 'stroke-width': 2.5 })
          : el('circle', { cx: p.x, cy: p.y, r: MAP_POINT_RADIUS, fill: c.mark, stroke: c.bg, 'stroke-width': 1.5 }),
        text(
          {
            x: p.labelX,
            y: p.labelY,
            'text-anchor': p.anchor,
            'font-size': MAP_LABEL_FONT_SIZE,
            'font-weight': 600,
            fill: c.text,
            stroke: c.mapGeorgia,
            'stroke-width': 3,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          },
          p.label,
        ),
      ),
    ),
  ].join('');
}
