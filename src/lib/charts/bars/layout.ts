/**
 * Horizontal bar chart layout: one row per item, the label on its own line(s) above the bar so
 * that long Georgian names fit a phone screen, the value written at the end of the bar.
 * A missing value gets no bar: a hatched placeholder and the words "not reported", never a
 * zero-length bar that reads as 0.
 */
import { scaleLinear } from 'd3-scale';
import { measureText, wrapText } from '../text.ts';

export interface BarItem {
  id: string;
  label: string;
  value: number | null;
  /** Text written after the bar, e.g. "590 000 ₾" or "147 (59.3%)". */
  valueLabel: string;
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

export function layoutBars(items: readonly BarItem[], o: BarOptions): BarLayout {
  const width = o.width ?? 400;
  const fontSize = o.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const values = items.map((i) => i.value).filter((v): v is number => v !== null);
  const max = o.max ?? Math.max(0, ...values);
  const x = scaleLinear().domain([0, max || 1]).range([0, width - PAD * 2]);

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
    const textWidth = measureText(text, fontSize);
    const end = missing ? PAD + PLACEHOLDER_WIDTH : PAD + barWidth;
    // Write the value inside the bar when there is no room after it.
    const valueInside = !missing && end + 6 + textWidth > width && barWidth > textWidth + 12;
    const bar: PlacedBar = {
      id: item.id,
      labelLines: lines,
      y: top,
      height: BAR_HEIGHT,
      barWidth,
      missing,
      ...(missing ? { placeholder: { x: PAD, width: PLACEHOLDER_WIDTH } } : {}),
      valueLabel: text,
      valueX: valueInside ? end - 6 : end + 6,
      valueY: top + BAR_HEIGHT / 2 + fontSize * 0.35,
      valueInside,
    };
    y = top + BAR_HEIGHT + ROW_GAP;
    return bar;
  });
  const height = Math.ceil(y - ROW_GAP + PAD);
  return { width, height, viewBox: `0 0 ${width} ${height}`, fontSize, bars };
}
