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
  const stripes = `${o.idPrefix}-stripes`;
  const hasMissing = layout.bars.some((b) => b.missing);
  const hasStriped = layout.bars.some((b) => !b.missing && b.fill === 'striped');
  /** A 6 px diagonal fill: the hatch of a missing value, or the stripes of a selected figure. */
  const diagonal = (id: string, angle: number, stroke: string, width: number) =>
    el(
      'pattern',
      { id, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: `rotate(${angle})` },
      el('rect', { width: 6, height: 6, fill: c.bg }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke, 'stroke-width': width }),
    );
  const defs = hasMissing || hasStriped
    ? el('defs', {}, hasMissing ? diagonal(hatch, 45, c.markMuted, 2) : '', hasStriped ? diagonal(stripes, -45, c.mark, 3) : '')
    : '';
  const rows = layout.bars.map((b) => {
    const labels = b.labelLines.map((l) => text({ x: 2, y: l.y, fill: c.text }, l.text));
    const mark = b.missing
      ? el('rect', { x: b.placeholder!.x, y: b.y, width: b.placeholder!.width, height: b.height, fill: `url(#${hatch})`, stroke: c.markMuted, 'stroke-width': 1 })
      : b.fill === 'solid' && b.comparison !== 'at_least'
        ? el('rect', { x: 2, y: b.y, width: b.barWidth, height: b.height, fill: c.mark })
        : b.fill === 'solid'
          ? el('path', { d: b.path, fill: c.mark })
          : b.fill === 'striped'
            ? el('path', { d: b.path, fill: `url(#${stripes})`, stroke: c.mark, 'stroke-width': 1.5 })
            : el('path', { d: b.path, fill: c.bg, stroke: c.mark, 'stroke-width': 2, 'stroke-dasharray': '5 3' });
    const ext = b.extension ? el('line', { x1: b.extension.x1, x2: b.extension.x2, y1: b.extension.y, y2: b.extension.y, stroke: c.mark, 'stroke-width': 3, 'stroke-dasharray': '4 4' }) : '';
    const cap = b.cap ? el('line', { x1: b.cap.x, x2: b.cap.x, y1: b.cap.y1, y2: b.cap.y2, stroke: c.text, 'stroke-width': 2 }) : '';
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
    return el('g', {}, ...labels, mark, ext, cap, value);
  });
  return defs + rows.join('');
}
