/**
 * Embedding a chart on another site: the embed page's address, the `<iframe>` code readers
 * copy, and the message the embed page posts to resize its frame.
 *
 * The code is an `<iframe>` with a fixed `height` (used as it is when the host page blocks
 * scripts or strips them) followed by a small script for the host page that listens for the
 * embed's height and sets the frame's height to it. The script accepts messages only from
 * the site's own origin and only for a frame whose window sent them. When it starts, and when
 * each frame loads, it asks every frame for its height, so a listener that starts after a frame
 * has sent its height (a slow host page) still gets it.
 */
import { esc } from '../images/svg.ts';
import { EMBED_ATTRIBUTE, EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST } from './embed-protocol.ts';

export { EMBED_ATTRIBUTE, EMBED_HEIGHT_MESSAGE, EMBED_HEIGHT_REQUEST };


export interface EmbedCodeInput {
  /** Absolute address of the embed page. */
  src: string;
  /** The frame's accessible name: the chart's title. */
  title: string;
  /** Height used before (or without) the script, in CSS pixels. */
  height: number;
}

/** The HTML a reader pastes into an article. */
export function embedCode(i: EmbedCodeInput): string {
  const origin = new URL(i.src).origin;
  const iframe =
    `<iframe src="${esc(i.src)}" title="${esc(i.title)}" height="${Math.round(i.height)}" ${EMBED_ATTRIBUTE}="" loading="lazy" ` +
    `style="width:100%;min-width:280px;max-width:100%;border:0"></iframe>`;
  const script =
    `<script>(function(){var o=${JSON.stringify(origin)},f=document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]"),i;` +
    `window.addEventListener("message",function(e){` +
    `if(e.origin!==o||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `var f=document.querySelectorAll("iframe[${EMBED_ATTRIBUTE}]");` +
    `for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(+e.data.height)+"px";` +
    `});` +
    `function ask(w){if(w)w.postMessage({type:${JSON.stringify(EMBED_HEIGHT_REQUEST)}},o);}` +
    `for(i=0;i<f.length;i++){ask(f[i].contentWindow);f[i].addEventListener("load",function(){ask(this.contentWindow);});}` +
    `})();</script>`;
  return `${iframe}\n${script}`;
}
