import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublication } from '../../site-data/publication.ts';
import type { PublishedFile } from '../../lib/downloads/publication.ts';

/**
 * The static API: /data/<slug>.csv, /data/<slug>-excel.csv, /data/<slug>.json,
 * /data/<slug>.xlsx, /data/datapackage.json, /data/all-datasets.zip.
 */
export const getStaticPaths = (async () =>
  [...(await getPublication()).files.values()].map((f) => ({ params: { file: f.name }, props: { f } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { f } = props as { f: PublishedFile };
  const type = f.mediaType.startsWith('text/') || f.mediaType === 'application/json' ? `${f.mediaType}; charset=utf-8` : f.mediaType;
  return new Response(f.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': type } });
};
