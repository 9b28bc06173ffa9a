/** The message an embed page posts to the page that frames it (shared by the page's script and the host's). */

/** `type` of the message: `{ type, height }`, height in CSS pixels. */
export const EMBED_HEIGHT_MESSAGE = 'reintegration-embed-height';
/** Attribute that marks the site's frames on a host page. */
export const EMBED_ATTRIBUTE = 'data-reintegration-embed';
/**
 * `type` of the message a host page sends a frame to ask for its height (`{ type }`): a host
 * whose listener starts after the frame has loaded asks, and the frame answers with
 * EMBED_HEIGHT_MESSAGE.
 */
export const EMBED_HEIGHT_REQUEST = 'reintegration-embed-height-request';
