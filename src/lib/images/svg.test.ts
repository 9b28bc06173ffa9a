import { describe, expect, it } from 'vitest';
import { attrs, el, esc, round, text } from './svg.ts';

describe('svg builder', () => {
  it('esc escapes the five XML special characters', () => {
    expect(esc(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
  it('attrs leaves out null, undefined and false, and rounds numbers to 0.01', () => {
    expect(attrs({ a: 1.23456, b: null, c: undefined, d: false, e: 'x"y' })).toBe(' a="1.23" e="x&quot;y"');
  });
  it('el writes an empty element self-closed and joins children', () => {
    expect(el('g', {}, el('rect', { width: 2 }), text({ x: 1 }, '</text><script>'))).toBe('<g><rect width="2"/><text x="1">&lt;/text&gt;&lt;script&gt;</text></g>');
  });
  it('round keeps two decimals', () => {
    expect(round(1.005)).toBeCloseTo(1, 2);
    expect(round(12.3456)).toBe(12.35);
  });
});
