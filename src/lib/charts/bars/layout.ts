/**
 * Horizontal bar chart layout: one row per item, the label on its own line(s) above the bar so
 * that long Georgian names fit a phone screen, the value written at the end of the bar.
 * A missing value gets no bar: a hatched placeholder and the words "not reported", never a
 * zero-length bar that reads as 0.
 */
import { scaleLinear } from 'd3-scale';
import { measureText, wrapText } from '../text.ts';
import type { Comparison, Stage } from '../../../schemas/certainty.ts';

/**
 * How a bar is filled, by what its figure counts — a pattern, not a colour alone:
 * solid = served, delivered or allocated (or a figure with no stage); striped = selected;
 * outline (dashed, unfilled) = planned at a call.
 */
export type BarFill = 'solid' | 'striped' | 'outline';

export function fillOf(stage: Stage | null | undefined): BarFill {
  return stage === 'planned' ? 'outline' : stage === 'selected' ? 'striped' : 'solid';
}

export interface BarItem {
  id: string;
  label: string;
  value: number | null;
  /** Text written after the bar, e.g. "590 000 ₾" or "147 (59.3%)". */
  valueLabel: string;
  /** A lower bound ends in an arrow (open-ended); an upper bound ends in a cap. */
  comparison?: Comparison | null;
  stage?: Stage | null;
}

export interface BarOptions {
  /** Width of the SVG's user space. Drawn scaled to the container, so this is a design width. */
  width?: number;
  fontSize?: number;
  /** Text shown where the value is missing. */
  missingLabel: string;
  /** Upper end of the scale; defaults to the largest value. */
  max?: number;
}

export interface PlacedBar {
  id: string;
  labelLines: { text: string; y: number }[];
  /** Top of the bar. */
  y: number;
  height: number;
  /** Bar length; 0 when missing (nothing drawn but the placeholder). */
  barWidth: number;
  missing: boolean;
  /** Placeholder box for a missing value. */
  placeholder?: { x: number; width: number };
  valueLabel: string;
  valueX: number;
  valueY: number;
  /** Whether the value label sits inside the bar (light text) or after it. */
  valueInside: boolean;
  /** The bar's outline as an SVG path: a rectangle, or a rectangle ending in an arrow for a lower bound. */
  path: string;
  fill: BarFill;
  /** For a lower bound ("more than"): a dashed line beyond the arrow — the figure goes on, how far is not known. */
  extension?: { x1: number; x2: number; y: number };
  /** For an upper bound ("up to"): a cap drawn across the end of the bar. */
  cap?: { x: number; y1: number; y2: number };
  comparison: Comparison | null;
}

export interface BarLayout {
  width: number;
  height: number;
  viewBox: string;
  fontSize: number;
  bars: PlacedBar[];
}

const BAR_HEIGHT = 22;
const LINE_GAP = 4;
const ROW_GAP = 14;
const PAD = 2;
const PLACEHOLDER_WIDTH = 28;
/** Length of the arrow that leaves a lower bound open-ended. */
const ARROW = 12;
/** Length of the dashed line beyond a lower bound's arrow. */
const EXTENSION = 28;

export function layoutBars(items: readonly BarItem[], o: BarOptions): BarLayout {
  const width = o.width ?? 400;
  const fontSize = o.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const values = items.map((i) => i.value).filter((v): v is number => v !== null);
  const max = o.max ?? Math.max(0, ...values);
  // A value that cannot be written inside its bar (a striped or outlined bar) is written after
  // it: shorten the scale until every such value fits within the width, so none is clipped.
  let range = width - PAD * 2;
  for (const item of items) {
    if (item.value === null || item.value <= 0 || fillOf(item.stage) === 'solid') continue;
    const after = (item.comparison === 'at_least' ? ARROW + EXTENSION : 0) + (item.comparison === 'at_most' ? 10 : 6) + measureText(item.valueLabel, fontSize, 'bold');
    range = Math.min(range, ((width - PAD * 2 - after) * (max || 1)) / item.value);
  }
  const x = scaleLinear().domain([0, max || 1]).range([0, Math.max(range, 0)]);

  let y = PAD;
  const bars: PlacedBar[] = items.map((item) => {
    const lines = wrapText(item.label, width - PAD * 2, fontSize).map((text) => {
      y += lineHeight;
      return { text, y: y - Math.round(fontSize * 0.3) };
    });
    y += LINE_GAP;
    const top = y;
    const missing = item.value === null;
    const barWidth = missing ? 0 : Math.max(item.value! > 0 ? 2 : 0, x(item.value!));
    const text = missing ? o.missingLabel : item.valueLabel;
    // Values are drawn at weight 600 (BarChart.astro, bar-svg.ts): measure them as bold.
    const textWidth = measureText(text, fontSize, 'bold');
    const comparison = missing ? null : (item.comparison ?? null);
    const fill = fillOf(item.stage);
    const arrow = comparison === 'at_least' ? ARROW : 0;
    const extension = comparison === 'at_least' ? EXTENSION : 0;
    const end = missing ? PAD + PLACEHOLDER_WIDTH : PAD + barWidth + arrow + extension;
    // Write the value inside the bar when there is no room after it (only on a solid bar).
    const valueInside = !missing && fill === 'solid' && end + 6 + textWidth > width && barWidth > textWidth + 12;
    const x0 = PAD;
    const x1 = PAD + barWidth;
    const path = missing
      ? ''
      : arrow
        ? `M${x0},${top}H${x1}L${x1 + arrow},${top + BAR_HEIGHT / 2}L${x1},${top + BAR_HEIGHT}H${x0}Z`
        : `M${x0},${top}H${x1}V${top + BAR_HEIGHT}H${x0}Z`;
    const bar: PlacedBar = {
      id: item.id,
      labelLines: lines,
      y: top,
      height: BAR_HEIGHT,
      barWidth,
      missing,
      ...(missing ? { placeholder: { x: PAD, width: PLACEHOLDER_WIDTH } } : {}),
      valueLabel: text,
      valueX: valueInside ? end - extension - arrow - 6 : end + (comparison === 'at_most' ? 10 : 6),
      valueY: top + BAR_HEIGHT / 2 + fontSize * 0.35,
      valueInside,
      path,
      fill,
      ...(extension ? { extension: { x1: x1 + arrow, x2: x1 + arrow + extension, y: top + BAR_HEIGHT / 2 } } : {}),
      ...(comparison === 'at_most' ? { cap: { x: x1, y1: top - 4, y2: top + BAR_HEIGHT + 4 } } : {}),
      comparison,
    };
    y = top + BAR_HEIGHT + ROW_GAP;
    return bar;
  });
  const height = Math.ceil(y - ROW_GAP + PAD);
  return { width, height, viewBox: `0 0 ${width} ${height}`, fontSize, bars };
}
