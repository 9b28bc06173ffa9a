/**
 * On an embed page (/embed/<chart>/): tells the page that frames it how tall the chart is,
 * whenever that changes, so the host's frame fits it without a scroll bar. Without this
 * script the frame keeps the height attribute from the embed code.
 */
import { EMBED_HEIGHT_MESSAGE } from '../lib/embeds/embed-protocol.ts';

if (window.parent !== window && 'ResizeObserver' in window) {
  const root = document.documentElement;
  let last = 0;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret: any host may receive it.
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(root);
  post();
}
