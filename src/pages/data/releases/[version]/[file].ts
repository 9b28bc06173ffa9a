import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleases } from '../../../../site-data/releases.ts';
import { MANIFEST_NAME } from '../../../../lib/releases/manifest.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** /data/releases/<version>/<file>: a frozen release's files, served as committed (checked against the manifest at load). */
export const getStaticPaths = (() =>
  getReleases().releases.flatMap((r) => [
    ...[...r.files].map(([file, bytes]) => ({ params: { version: r.manifest.version, file }, props: { bytes } })),
    { params: { version: r.manifest.version, file: MANIFEST_NAME }, props: { bytes: r.manifestFile } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { bytes } = props as { bytes: Uint8Array };
  const ext = String(params.file).split('.').pop() ?? '';
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' } });
};
