import { describe, expect, it } from 'vitest';
import { ADVANCE_EM, measureText, wrapText } from './text.ts';

describe('measureText', () => {
  it('measureText at normal weight counts Georgian letters wider than Latin ones, never narrower than drawn', () => {
    expect(measureText('Telavi', 10)).toBeCloseTo(6 * 0.58 * 10, 9);
    // ამაღლება draws at 0.665 em in Chromium with Noto Sans Georgian: the estimate is never narrower.
    expect(measureText('ამაღლება', 10)).toBeGreaterThanOrEqual(8 * 0.665 * 10);
    expect(measureText('თელავი', 10)).toBeGreaterThan(measureText('Telavi', 10));
    expect(measureText('', 13)).toBe(0);
  });
  it('measureText in bold counts Georgian letters wider than Latin ones, as drawn at 13 px', () => {
    expect(measureText('თელავი', 13, 'bold')).toBeGreaterThan(measureText('Telavi', 13, 'bold'));
    // თელავი draws at about 9.4 px a letter at 13 px, weight 600: the estimate is never narrower.
    expect(measureText('თელავი', 13, 'bold')).toBeGreaterThanOrEqual(6 * 9.4);
    // Batumi runs up to 8.7 px a letter.
    expect(measureText('Batumi', 13, 'bold')).toBeGreaterThanOrEqual(6 * 8.7);
    expect(measureText('Batumi', 13, 'bold')).toBeGreaterThan(measureText('Batumi', 13));
  });
  it('measureText counts characters, not UTF-16 code units, and scales with the font size', () => {
    expect(measureText('ა', 13, 'bold')).toBeCloseTo(ADVANCE_EM.bold.georgian * 13, 9);
    expect(measureText('abc', 26)).toBeCloseTo(2 * measureText('abc', 13), 9);
  });
});

describe('wrapText', () => {
  it('wrapText breaks at spaces into lines no wider than the width', () => {
    const text = 'The budget was 400,000 GEL in 2015 and 650,000 GEL in 2018.';
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(measureText(l, 12), l).toBeLessThanOrEqual(120);
  });
  it('wrapText keeps a word longer than the width on a line of its own', () => {
    expect(wrapText('a verylongwordthatdoesnotfit b', 40, 12)).toEqual(['a', 'verylongwordthatdoesnotfit', 'b']);
  });
  it('wrapText wraps bold text earlier than normal text', () => {
    const text = 'ბიუჯეტი წლების მიხედვით და ბენეფიციარები სერვისების მიხედვით';
    expect(wrapText(text, 200, 14, 'bold').length).toBeGreaterThanOrEqual(wrapText(text, 200, 14).length);
    for (const l of wrapText(text, 200, 14, 'bold')) expect(measureText(l, 14, 'bold'), l).toBeLessThanOrEqual(200);
  });
  it('wrapText of empty text has no lines', () => {
    expect(wrapText('   ', 100, 12)).toEqual([]);
  });
});
