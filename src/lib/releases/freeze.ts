/**
 * Freezing a release: the data's files are made by the same functions as the current downloads
 * (src/lib/downloads/publication.ts), compared with the previous release to compute the
 * version, and listed with their checksums in the manifest. Pure: no file system, no clock.
 */
import { buildPublicationOf, type PublicationSettings } from '../downloads/publication.ts';
import { bumpKind, diffReleases, type ReleaseDiff } from './diff.ts';
import { CHANGES_NAME, fileEntries, type Manifest } from './manifest.ts';
import { primaryKeys, rawTablesOf, type ReleaseData } from './release-data.ts';
import { bumpVersion, compareVersions } from './semver.ts';

/** `changes.json`: the value-level changes from the previous release. */
export interface ReleaseChanges {
  from: string | null;
  to: string;
  date: string;
  diff: ReleaseDiff;
}

export interface FrozenRelease {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
}

export interface FreezeInput {
  data: ReleaseData;
  previous: FrozenRelease | null;
  date: string;
  summary: { ka: string; en: string };
  origin: string;
  settings: Omit<PublicationSettings, 'version'>;
}

async function publish(data: ReleaseData, settings: FreezeInput['settings'], version: string): Promise<Map<string, Uint8Array>> {
  const pub = await buildPublicationOf(data.datasets, data.rows, { ...settings, version });
  return new Map([...pub.files].map(([name, f]) => [name, f.bytes]));
}

function json(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

export async function freezeRelease(input: FreezeInput): Promise<FrozenRelease> {
  const { data, previous, date } = input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`release date must be YYYY-MM-DD, found "${date}"`);
  if (previous && date < previous.manifest.date)
    throw new Error(`release date ${date} is before the previous release ${previous.manifest.version} (${previous.manifest.date})`);
  const slugsNow = data.datasets.map((d) => d.slug);
  // CSV files carry no version, so a first pass gives the tables to compare.
  const draft = await publish(data, input.settings, '0.0.0');
  const now = rawTablesOf(draft, slugsNow, 'data');
  const before = previous ? rawTablesOf(previous.files, datasetSlugsOf(previous.files), `releases/${previous.manifest.version}`) : {};
  const diff = diffReleases(before, now, primaryKeys(), previous?.manifest.date ?? null);
  const kind = previous ? bumpKind(diff.counts) : null;
  if (previous && kind === null) throw new Error(`the data is the same as release ${previous.manifest.version}: there is nothing to release`);
  const version = bumpVersion(previous?.manifest.version ?? null, kind ?? 'major');
  if (previous && compareVersions(version, previous.manifest.version) <= 0) throw new Error(`version ${version} does not follow ${previous.manifest.version}`);
  const files = await publish(data, input.settings, version);
  const changes: ReleaseChanges = { from: previous?.manifest.version ?? null, to: version, date, diff };
  files.set(CHANGES_NAME, json(changes));
  const manifest: Manifest = {
    version,
    date,
    previous: previous?.manifest.version ?? null,
    bump: kind,
    summary: input.summary,
    origin: input.origin,
    counts: previous ? diff.counts : null,
    files: fileEntries(files),
  };
  return { manifest, files };
}

/** The datasets a frozen release holds: those with a `<slug>.csv` listed in its datapackage. */
export function datasetSlugsOf(files: ReadonlyMap<string, Uint8Array>): string[] {
  const pkg = files.get('datapackage.json');
  if (!pkg) throw new Error('a frozen release has no datapackage.json');
  return (JSON.parse(new TextDecoder().decode(pkg)) as { resources: { name: string }[] }).resources.map((r) => r.name);
}

export function manifestBytes(m: Manifest): Uint8Array {
  return json(m);
}
