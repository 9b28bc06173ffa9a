import { describe, expect, it } from 'vitest';
import { indexableHtml } from './index-html.ts';

describe('indexableHtml', () => {
  it('keeps adjacent table cells and definitions apart, so each is its own word', () => {
    const html = indexableHtml('<table><tr><td>ბიუჯეტი</td><td>590 000</td></tr></table><dl><dt>2017</dt><dd>სერვისი</dd></dl>');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['ბიუჯეტი', '590000', '2017', 'სერვისი']);
  });
  it('joins grouped numbers in text only, never in attributes', () => {
    expect(indexableHtml('<a href="/a 100 000/" title="1 000">1 000 000 ₾</a>')).toBe('<a href="/a 100 000/" title="1 000">1000000 ₾</a>');
  });
});
