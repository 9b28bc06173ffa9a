/**
 * On an embed page (/embed/<chart>/): tells the page that frames it how tall the chart is —
 * when it starts, whenever the height changes (a reader opens the data table), and whenever
 * the host asks (EMBED_HEIGHT_REQUEST: a host whose listener started late) — so the host's
 * frame fits it without a scroll bar. Without this script the frame keeps the height
 * attribute from the embed code.
 */
import { EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST } from '../lib/embeds/embed-protocol.ts';

if (window.parent !== window) {
  const root = document.documentElement;
  const height = () => Math.ceil(root.getBoundingClientRect().height);
  // The height is not a secret: any host may receive it.
  const send = (to: MessageEventSource | null = window.parent) => (to as Window | null)?.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: height() }, '*');
  let last = 0;
  const onResize = () => {
    if (height() === last) return;
    last = height();
    send();
  };
  if ('ResizeObserver' in window) new ResizeObserver(onResize).observe(root);
  window.addEventListener('message', (e) => {
    if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === EMBED_HEIGHT_REQUEST) send(e.source);
  });
  onResize();
}
