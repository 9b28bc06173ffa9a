/**
 * Colours and fonts of the standalone images (chart downloads, social cards). An image
 * leaves the site, so it cannot follow the reader's light or dark mode or read the site's
 * CSS custom properties: it carries the light-mode design tokens of src/styles/global.css as
 * plain attribute values (a unit test checks they still match).
 */
export const PRINT_THEME = {
  bg: '#ffffff',
  bgAlt: '#f3f5f7',
  text: '#1b1f24',
  textMuted: '#4a5561',
  border: '#c9d1d9',
  mark: '#0072b2',
  markText: '#ffffff',
  markMuted: '#5f6b77',
  accent: '#d55e00',
  // The map's own colours (src/components/charts/MapChart.astro, light mode).
  mapGeorgia: '#d6e3ef',
  mapGeorgiaEdge: '#5f6b77',
  mapNeighbour: '#eef0f2',
} as const;

export type PrintTheme = typeof PRINT_THEME;

/**
 * Fonts of the standalone SVG: a generic stack, not an embedded font. Embedding Noto Sans
 * Georgian would add ~45 KB per file (~180 KB with the bold and Latin subsets) and most
 * editors (Illustrator, Inkscape, Word) ignore @font-face in SVG anyway. Every current
 * system has a Georgian font (Windows: Segoe UI or Sylfaen, macOS and iOS: Helvetica's
 * Georgian fallback, Android and Linux: Noto or DejaVu Sans), so the text renders; the
 * letter shapes may differ from the site's. The PNG is rendered at build with Noto Sans
 * Georgian itself, so it looks the same everywhere.
 */
export const FONT_STACK = "'Noto Sans Georgian', 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
