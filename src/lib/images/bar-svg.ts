/**
 * The marks of a bar layout (src/lib/charts/bars/layout.ts) as an SVG string with every
 * style written as an attribute: the same bars, labels and values that BarChart.astro draws
 * on the page, but with fixed (light-mode) colours, so that the drawing is the same in any
 * viewer, editor or print shop. BarChart.astro keeps its CSS classes so that the page follows
 * the reader's dark mode.
 */
import type { BarLayout } from '../charts/bars/layout.ts';
import { el, text } from './svg.ts';
import { PRINT_THEME, type PrintTheme } from './theme.ts';

export interface BarSvgOptions {
  /** Prefix of the ids inside (the hatch pattern), unique per document. */
  idPrefix: string;
  theme?: PrintTheme;
}

/** `<defs>` and the marks, in the layout's own user space (0 0 width height). */
export function barMarksSvg(layout: BarLayout, o: BarSvgOptions): string {
  const c = o.theme ?? PRINT_THEME;
  const hatch = `${o.idPrefix}-hatch`;
  const hasMissing = layout.bars.some((b) => b.missing);
  const defs = hasMissing
    ? el(
        'defs',
        {},
        el(
          'pattern',
          { id: hatch, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
          el('rect', { width: 6, height: 6, fill: c.bg }),
          el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: c.markMuted, 'stroke-width': 2 }),
        ),
      )
    : '';
  const rows = layout.bars.map((b) => {
    const labels = b.labelLines.map((l) => text({ x: 2, y: l.y, fill: c.text }, l.text));
    const mark = b.missing
      ? el('rect', { x: b.placeholder!.x, y: b.y, width: b.placeholder!.width, height: b.height, fill: `url(#${hatch})`, stroke: c.markMuted, 'stroke-width': 1 })
      : el('rect', { x: 2, y: b.y, width: b.barWidth, height: b.height, fill: c.mark });
    const value = text(
      {
        x: b.valueX,
        y: b.valueY,
        'text-anchor': b.valueInside ? 'end' : 'start',
        fill: b.missing ? c.textMuted : b.valueInside ? c.markText : c.text,
        'font-weight': b.missing ? 400 : 600,
        'font-style': b.missing ? 'italic' : null,
      },
      b.valueLabel,
    );
    return el('g', {}, ...labels, mark, value);
  });
  return defs + rows.join('');
}
