import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTE, EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST, embedCode } from './embed-code.ts';
import { embedPath } from '../charts/view.ts';

describe('embedPath', () => {
  it('embedPath gives the embed page of a chart in each language, under the base', () => {
    expect(embedPath('budget-by-year', 'ka')).toBe('/embed/budget-by-year/');
    expect(embedPath('budget-by-year', 'en', '/reintegration/')).toBe('/reintegration/en/embed/budget-by-year/');
  });
});

describe('embedCode', () => {
  const code = embedCode({ src: 'https://data.example.org/en/embed/budget-by-year/', title: 'Budget "by" year', height: 512.4 });
  it('embedCode is an iframe with the title, a fixed fallback height and the full width', () => {
    expect(code).toContain('<iframe src="https://data.example.org/en/embed/budget-by-year/" title="Budget &quot;by&quot; year" height="512"');
    expect(code).toContain(`${EMBED_ATTRIBUTE}=""`);
    expect(code).toContain('style="width:100%;');
  });
  it('embedCode resizes only frames of the site, on messages from the site’s origin', () => {
    expect(code).toContain('var o="https://data.example.org"');
    expect(code).toContain('e.origin!==o');
    expect(code).toContain(`e.data.type!=="${EMBED_HEIGHT_MESSAGE}"`);
    expect(code).toContain('contentWindow===e.source');
  });
  it('embedCode’s script runs, asks each frame for its height (now and when it loads) and sets the height of the frame that sent the message', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(code)![1]!;
    const asked: [unknown, string][] = [];
    let onLoad: (() => void) | undefined;
    const frame = {
      contentWindow: { postMessage: (m: unknown, origin: string) => asked.push([m, origin]) },
      style: { height: '' },
      addEventListener: (type: string, f: () => void) => type === 'load' && (onLoad = f),
    };
    let listener: (e: unknown) => void = () => undefined;
    const window = { addEventListener: (_: string, f: (e: unknown) => void) => (listener = f) };
    const document = { querySelectorAll: () => [frame] };
    new Function('window', 'document', script)(window, document);
    expect(asked).toEqual([[{ type: EMBED_HEIGHT_REQUEST }, 'https://data.example.org']]);
    onLoad!.call(frame);
    expect(asked).toHaveLength(2);
    listener({ origin: 'https://evil.example', source: frame.contentWindow, data: { type: EMBED_HEIGHT_MESSAGE, height: 10 } });
    expect(frame.style.height).toBe('');
    listener({ origin: 'https://data.example.org', source: frame.contentWindow, data: { type: EMBED_HEIGHT_MESSAGE, height: 640.2 } });
    expect(frame.style.height).toBe('641px');
  });
});
