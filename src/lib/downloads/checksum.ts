/** SHA-256 of a published file, as the datapackage `hash` and the download list show it. */
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of `data`; a string is hashed as its UTF-8 bytes. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Size in bytes of `data`; a string counts its UTF-8 bytes (what the file on disk holds). */
export function byteLength(data: Uint8Array | string): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}
