import { describe, expect, it } from 'vitest';
import { layoutBars } from './layout.ts';

const items = [
  { id: '2015', label: '2015', value: 400000, valueLabel: '400,000' },
  { id: '2016', label: '2016', value: 600000, valueLabel: '600,000' },
  { id: '2019', label: '2019', value: null, valueLabel: '' },
];

describe('layoutBars', () => {
  it('layoutBars scales bars to the largest value across the width', () => {
    const l = layoutBars(items, { width: 400, missingLabel: 'not reported' });
    expect(l.bars[1]!.barWidth).toBeCloseTo(396);
    expect(l.bars[0]!.barWidth).toBeCloseTo(396 * (4 / 6));
  });

  it('layoutBars draws a missing value as a placeholder, never as a zero bar', () => {
    const l = layoutBars(items, { width: 400, missingLabel: 'not reported' });
    const missing = l.bars[2]!;
    expect(missing.missing).toBe(true);
    expect(missing.barWidth).toBe(0);
    expect(missing.placeholder).toBeDefined();
    expect(missing.valueLabel).toBe('not reported');
  });

  it('layoutBars gives a real zero a zero-length bar and its label', () => {
    const l = layoutBars([{ id: 'a', label: 'a', value: 0, valueLabel: '0' }, { id: 'b', label: 'b', value: 5, valueLabel: '5' }], { missingLabel: '-' });
    expect(l.bars[0]!.missing).toBe(false);
    expect(l.bars[0]!.barWidth).toBe(0);
    expect(l.bars[0]!.valueLabel).toBe('0');
  });

  it('layoutBars wraps a long label onto several lines inside the width', () => {
    const label = 'პროფესიული მომზადება-გადამზადება და კვალიფიკაციის ამაღლება';
    const l = layoutBars([{ id: 'v', label, value: 30, valueLabel: '30' }], { width: 300, missingLabel: '-' });
    const lines = l.bars[0]!.labelLines;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((x) => x.text).join(' ')).toBe(label);
  });

  it('layoutBars stacks rows without overlap and fits them in the height', () => {
    const l = layoutBars(items, { width: 400, missingLabel: 'not reported' });
    for (let i = 1; i < l.bars.length; i++) {
      expect(l.bars[i]!.labelLines[0]!.y).toBeGreaterThan(l.bars[i - 1]!.y + l.bars[i - 1]!.height);
    }
    const last = l.bars.at(-1)!;
    expect(last.y + last.height).toBeLessThanOrEqual(l.height);
    expect(l.viewBox).toBe(`0 0 400 ${l.height}`);
  });

  it('layoutBars puts the value inside a bar that leaves no room after it', () => {
    const l = layoutBars([{ id: 'a', label: 'a', value: 100, valueLabel: '100 (100.0%)' }], { width: 200, missingLabel: '-' });
    expect(l.bars[0]!.valueInside).toBe(true);
    expect(l.bars[0]!.valueX).toBeLessThan(200);
  });
});
