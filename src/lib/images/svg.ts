/**
 * A tiny SVG string builder for the standalone images (chart downloads, social cards): every
 * text and attribute value is escaped here, so data can never break out of the markup.
 */

/** Text or attribute value with the five XML special characters escaped. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export type Attrs = Record<string, string | number | null | undefined | false>;

/** Attributes as ` a="1" b="2"`; null, undefined and false leave the attribute out. */
export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined && e[1] !== false)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? round(v) : v)}"`)
    .join('');
}

/** An element: `el('rect', { width: 2 })` → `<rect width="2"/>`; children are already markup. */
export function el(name: string, a: Attrs = {}, ...children: string[]): string {
  return children.length ? `<${name}${attrs(a)}>${children.join('')}</${name}>` : `<${name}${attrs(a)}/>`;
}

/** A text element whose content is escaped. */
export function text(a: Attrs, content: string): string {
  return `<text${attrs(a)}>${esc(content)}</text>`;
}

/** Numbers rounded to 0.01 so that output is short and stable. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
