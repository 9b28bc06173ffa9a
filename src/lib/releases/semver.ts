/**
 * Release numbers (semantic versioning, MAJOR.MINOR.PATCH) and the bump a change calls for.
 * The kind of bump is never typed by hand: `diff.ts` computes it from two releases' data.
 */

export type BumpKind = 'major' | 'minor' | 'patch';

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

const PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function isVersion(text: string): boolean {
  return PATTERN.test(text);
}

export function parseVersion(text: string): Version {
  const m = PATTERN.exec(text);
  if (!m) throw new Error(`"${text}" is not a release number of the form MAJOR.MINOR.PATCH (e.g. 1.0.0)`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

/** The version after `previous` for a change of `kind`; the first release is 1.0.0. */
export function bumpVersion(previous: string | null, kind: BumpKind): string {
  if (previous === null) return '1.0.0';
  const v = parseVersion(previous);
  if (kind === 'major') return formatVersion({ major: v.major + 1, minor: 0, patch: 0 });
  if (kind === 'minor') return formatVersion({ major: v.major, minor: v.minor + 1, patch: 0 });
  return formatVersion({ major: v.major, minor: v.minor, patch: v.patch + 1 });
}
