/** The files under /data/, built once per build from the validated tables and the site settings. */
import { buildPublication, type Publication } from '../lib/downloads/publication.ts';
import { base, catalogue, licence, publisher, site, version } from '../site.config.ts';
import { getTables } from './tables.ts';

let cached: Promise<Publication> | undefined;

export function getPublication(): Promise<Publication> {
  cached ??= getTables().then((t) => buildPublication(t, { site, base, version, licence, publisher, catalogue }));
  return cached;
}
