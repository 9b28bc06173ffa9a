/** Frozen, citable releases of the data: versions, checksums, value-level changes, the calendar. */
export { bumpVersion, compareVersions, parseVersion, type BumpKind } from './semver.ts';
export { bumpKind, diffReleases, reasonFor, type ReleaseDiff, type RawTables } from './diff.ts';
export { verifyRelease, parseManifest, ReleaseIntegrityError, type Manifest } from './manifest.ts';
export { freezeRelease, type ReleaseChanges } from './freeze.ts';
export { loadReleases, latestRelease, type Release, type LatestRelease } from './store.ts';
