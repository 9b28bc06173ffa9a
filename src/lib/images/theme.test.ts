import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRINT_THEME } from './theme.ts';

/** The light-mode tokens of :root in global.css (the first :root block). */
function rootTokens(css: string): Record<string, string> {
  const block = /:root\s*{([^}]*)}/.exec(css)![1]!;
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('PRINT_THEME', () => {
  it('PRINT_THEME carries the light-mode colours of src/styles/global.css', () => {
    const tokens = rootTokens(readFileSync('src/styles/global.css', 'utf8'));
    expect(PRINT_THEME).toMatchObject({
      bg: tokens.bg,
      bgAlt: tokens['bg-alt'],
      text: tokens.text,
      textMuted: tokens['text-muted'],
      border: tokens.border,
      mark: tokens.mark,
      markText: tokens['mark-text'],
      markMuted: tokens['mark-muted'],
      accent: tokens.accent,
    });
  });
  it('PRINT_THEME carries the map colours of MapChart.astro', () => {
    const css = readFileSync('src/components/charts/MapChart.astro', 'utf8');
    expect(css).toContain(`--map-georgia: ${PRINT_THEME.mapGeorgia}`);
    expect(css).toContain(`--map-georgia-edge: ${PRINT_THEME.mapGeorgiaEdge}`);
    expect(css).toContain(`--map-neighbour: ${PRINT_THEME.mapNeighbour}`);
  });
});
