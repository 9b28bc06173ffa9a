/**
 * A release's manifest (`releases/<version>/manifest.json`): its number, date, summary in both
 * languages, the release it follows, the bump and change counts, and the size and SHA-256 of
 * every frozen file. A frozen release is never rewritten: `verifyRelease` refuses a folder
 * whose files no longer match, naming the file and both checksums.
 */
import { sha256 } from '../downloads/checksum.ts';
import type { ChangeCounts } from './diff.ts';
import { isVersion, type BumpKind } from './semver.ts';

export const MANIFEST_NAME = 'manifest.json';
/** The value-level changes from the previous release, frozen with the release. */
export const CHANGES_NAME = 'changes.json';

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  version: string;
  /** When the release was published, ISO date. */
  date: string;
  previous: string | null;
  bump: BumpKind | null;
  summary: { ka: string; en: string };
  /** Where its data came from (a git commit for a release recovered from history, else 'data/'). */
  origin: string;
  counts: ChangeCounts | null;
  files: ManifestFile[];
}

export class ReleaseIntegrityError extends Error {
  readonly file: string;
  readonly expected: string;
  readonly found: string;
  constructor(file: string, expected: string, found: string) {
    super(
      `Frozen release file ${file} does not match its manifest: expected sha256 ${expected}, found ${found}. ` +
        'A published release is never rewritten: restore the file from git (git checkout -- <file>) and make a new release for the change (npm run release).',
    );
    this.name = 'ReleaseIntegrityError';
    this.file = file;
    this.expected = expected;
    this.found = found;
  }
}

const NAME = /^[a-z0-9_.-]+$/;

/** Reads and checks a manifest's shape; `where` names it in errors. */
export function parseManifest(text: string, where: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(text) as Manifest;
  } catch (e) {
    throw new Error(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const bad = (what: string) => new Error(`${where}: ${what}`);
  if (typeof m.version !== 'string' || !isVersion(m.version)) throw bad(`"version" must be MAJOR.MINOR.PATCH, found ${JSON.stringify(m.version)}`);
  if (typeof m.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(m.date)) throw bad(`"date" must be YYYY-MM-DD, found ${JSON.stringify(m.date)}`);
  if (!m.summary || typeof m.summary.ka !== 'string' || typeof m.summary.en !== 'string' || !m.summary.ka || !m.summary.en)
    throw bad('"summary" must have "ka" and "en" text');
  if (!Array.isArray(m.files) || m.files.length === 0) throw bad('"files" must list the frozen files');
  for (const f of m.files) {
    if (typeof f.name !== 'string' || !NAME.test(f.name)) throw bad(`a file name must be a plain name (found ${JSON.stringify(f.name)})`);
    if (typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) throw bad(`${f.name}: "sha256" must be 64 hex digits`);
    if (typeof f.bytes !== 'number') throw bad(`${f.name}: "bytes" must be a number`);
  }
  return m;
}

/**
 * Checks every file of a release against its manifest. `read` returns a file's bytes or
 * undefined if missing; `folder` names the release folder in errors (`releases/1.0.0`).
 * Also refuses files in the folder that the manifest does not list.
 */
export function verifyRelease(m: Manifest, read: (name: string) => Uint8Array | undefined, folder: string, present?: readonly string[]): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const f of m.files) {
    const bytes = read(f.name);
    const path = `${folder}/${f.name}`;
    if (!bytes) throw new ReleaseIntegrityError(path, f.sha256, 'no file');
    const found = sha256(bytes);
    if (found !== f.sha256) throw new ReleaseIntegrityError(path, f.sha256, found);
    if (bytes.byteLength !== f.bytes) throw new ReleaseIntegrityError(path, `${f.bytes} bytes`, `${bytes.byteLength} bytes`);
    out.set(f.name, bytes);
  }
  const listed = new Set([MANIFEST_NAME, ...m.files.map((f) => f.name)]);
  for (const name of present ?? []) if (!listed.has(name)) throw new ReleaseIntegrityError(`${folder}/${name}`, 'no such file (not in the manifest)', 'a file');
  return out;
}

/** The manifest entry of each file: name, size and SHA-256, sorted by name. */
export function fileEntries(files: ReadonlyMap<string, Uint8Array>): ManifestFile[] {
  return [...files].map(([name, bytes]) => ({ name, bytes: bytes.byteLength, sha256: sha256(bytes) })).sort((a, b) => (a.name < b.name ? -1 : 1));
}
