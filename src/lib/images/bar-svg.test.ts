import { describe, expect, it } from 'vitest';
import { layoutBars } from '../charts/bars/layout.ts';
import { barMarksSvg } from './bar-svg.ts';
import { PRINT_THEME } from './theme.ts';

const layout = layoutBars(
  [
    { id: 'a', label: '2017', value: 590000, valueLabel: '590 000 ₾' },
    { id: 'b', label: '2018', value: null, valueLabel: '' },
  ],
  { missingLabel: 'not reported' },
);

describe('barMarksSvg', () => {
  it('barMarksSvg draws each bar, label and value of the layout with fixed colours', () => {
    const svg = barMarksSvg(layout, { idPrefix: 'budget' });
    expect(svg).toContain(`<rect x="2" y="${layout.bars[0]!.y}" width="${Math.round(layout.bars[0]!.barWidth * 100) / 100}" height="22" fill="${PRINT_THEME.mark}"/>`);
    expect(svg).toContain('>2017</text>');
    expect(svg).toContain('>590 000 ₾</text>');
    expect(svg).toContain('font-style="italic"');
    expect(svg).toContain('>not reported</text>');
  });
  it('barMarksSvg hatches a missing value with a pattern named by its prefix', () => {
    const svg = barMarksSvg(layout, { idPrefix: 'budget' });
    expect(svg).toContain('<pattern id="budget-hatch"');
    expect(svg).toContain('fill="url(#budget-hatch)"');
  });
  it('barMarksSvg uses no class, no style and no CSS variable (the file must look the same anywhere)', () => {
    const svg = barMarksSvg(layout, { idPrefix: 'x' });
    expect(svg).not.toMatch(/ class=| style=|var\(--/);
  });
  it('barMarksSvg adds no pattern when no value is missing', () => {
    expect(barMarksSvg(layoutBars([{ id: 'a', label: 'x', value: 1, valueLabel: '1' }], { missingLabel: '-' }), { idPrefix: 'x' })).not.toContain('<defs>');
  });
});
