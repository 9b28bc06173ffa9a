/**
 * The committed releases (`releases/<version>/`), read from disk and checked against their
 * manifests: the build and `npm run release` refuse a folder whose files changed after freezing.
 * `latestRelease()` is the one function other code (the update desk, the pages) uses to get the
 * latest frozen data.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawTables } from './diff.ts';
import { datasetSlugsOf, manifestBytes, type FrozenRelease, type ReleaseChanges } from './freeze.ts';
import { CHANGES_NAME, MANIFEST_NAME, parseManifest, verifyRelease, type Manifest } from './manifest.ts';
import { rawTablesOf } from './release-data.ts';
import { compareVersions, isVersion } from './semver.ts';

/** Where releases are committed, relative to the project root. */
export const RELEASES_DIR = 'releases';

export interface Release extends FrozenRelease {
  changes: ReleaseChanges;
  /** manifest.json as committed (served as it is). */
  manifestFile: Uint8Array;
}

/** Every release under `dir`, oldest first, each verified; also checks that each follows the one before. */
export function loadReleases(dir = resolve(RELEASES_DIR), shown = RELEASES_DIR): Release[] {
  if (!existsSync(dir)) return [];
  const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  const releases = folders.map((e) => {
    const folder = join(dir, e.name);
    const where = `${shown}/${e.name}`;
    if (!isVersion(e.name)) throw new Error(`${where}: a release folder must be named by its version (MAJOR.MINOR.PATCH)`);
    const mPath = join(folder, MANIFEST_NAME);
    if (!existsSync(mPath)) throw new Error(`${where}: no ${MANIFEST_NAME}`);
    const manifestFile = new Uint8Array(readFileSync(mPath));
    const manifest = parseManifest(new TextDecoder().decode(manifestFile), `${where}/${MANIFEST_NAME}`);
    if (manifest.version !== e.name) throw new Error(`${where}/${MANIFEST_NAME}: its version ${manifest.version} differs from its folder's name`);
    const present = readdirSync(folder);
    const files = verifyRelease(
      manifest,
      (name) => (present.includes(name) ? new Uint8Array(readFileSync(join(folder, name))) : undefined),
      where,
      present,
    );
    const changes = JSON.parse(new TextDecoder().decode(files.get(CHANGES_NAME))) as ReleaseChanges;
    return { manifest, files, changes, manifestFile };
  });
  releases.sort((a, b) => compareVersions(a.manifest.version, b.manifest.version));
  releases.forEach((r, i) => {
    const prev = releases[i - 1]?.manifest ?? null;
    if ((r.manifest.previous ?? null) !== (prev?.version ?? null))
      throw new Error(`${shown}/${r.manifest.version}/${MANIFEST_NAME}: "previous" is ${r.manifest.previous}, but the release before it is ${prev?.version ?? 'none'}`);
    if (prev && r.manifest.date < prev.date) throw new Error(`${shown}/${r.manifest.version}: dated ${r.manifest.date}, before ${prev.version} (${prev.date})`);
  });
  return releases;
}

export interface LatestRelease {
  manifest: Manifest;
  /** Every frozen file by name (`programs.csv`, `programs.json`, `datapackage.json` …). */
  files: ReadonlyMap<string, Uint8Array>;
  /** Each dataset's header and rows as published (cells as text). */
  tables: RawTables;
}

/** The latest release, verified, with its tables; null when nothing has been released. */
export function latestRelease(dir = resolve(RELEASES_DIR), shown = RELEASES_DIR): LatestRelease | null {
  const last = loadReleases(dir, shown).at(-1);
  if (!last) return null;
  return { manifest: last.manifest, files: last.files, tables: rawTablesOf(last.files, datasetSlugsOf(last.files), `${shown}/${last.manifest.version}`) };
}

/** Writes a new release folder; never over an existing one. */
export function writeRelease(dir: string, release: FrozenRelease): string {
  const folder = join(dir, release.manifest.version);
  if (existsSync(folder)) throw new Error(`${folder} already exists: a published release is never rewritten`);
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of release.files) writeFileSync(join(folder, name), bytes);
  writeFileSync(join(folder, MANIFEST_NAME), manifestBytes(release.manifest));
  return folder;
}
