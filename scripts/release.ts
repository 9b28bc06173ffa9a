/**
 * `npm run release -- --summary-ka "…" --summary-en "…" [--date YYYY-MM-DD] [--from-git <commit>]`
 *
 * Freezes the data into releases/<version>/: the same CSV, CSV for Excel, JSON, XLSX,
 * datapackage.json and zip as the current downloads, the value-level changes from the previous
 * release (changes.json) and manifest.json with every file's size and SHA-256. The version is
 * computed by comparing with the previous release (src/lib/releases/diff.ts), never typed.
 * package.json's "version" follows the latest release (the site cites it).
 *
 * --from-git freezes data/ as it was at a commit (git archive), for a release recovered from
 * history; otherwise data/ must pass every check (npm run check:data).
 * Refuses to rewrite a release, to release unchanged data, and to run over a release folder
 * whose files no longer match their manifest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftYears, withoutYears } from '../src/lib/content/published-years.ts';
import { readNarratives } from '../src/lib/content/read-narratives.ts';
import { freezeRelease } from '../src/lib/releases/freeze.ts';
import { readReleaseData } from '../src/lib/releases/release-data.ts';
import { loadReleases, RELEASES_DIR, writeRelease } from '../src/lib/releases/store.ts';
import { errorsOf } from '../src/lib/validation/issues.ts';
import { loadData, type Tables } from '../src/lib/validation/load.ts';
import { catalogue, licence, publisher, site, base } from '../src/site.config.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    'summary-ka': { type: 'string' },
    'summary-en': { type: 'string' },
    date: { type: 'string' },
    'from-git': { type: 'string' },
    releases: { type: 'string', default: join(root, RELEASES_DIR) },
  },
});

function fail(message: string): never {
  console.error(`შეცდომა / Error: ${message}`);
  process.exit(1);
}

const summary = { ka: values['summary-ka'] ?? '', en: values['summary-en'] ?? '' };
if (!summary.ka || !summary.en) fail('give the release summary in both languages: --summary-ka "…" --summary-en "…"');
const date = values.date ?? new Date().toISOString().slice(0, 10);

let dataDir = join(root, 'data');
let contentDir = join(root, 'content/years');
let origin = 'data/';
let temp: string | null = null;
const commit = values['from-git'];
if (commit) {
  temp = mkdtempSync(join(tmpdir(), 'release-'));
  const sha = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
  const paths = execFileSync('git', ['ls-tree', '--name-only', sha, 'data', 'content'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const tar = execFileSync('git', ['archive', '--format=tar', sha, ...paths], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', temp], { input: tar });
  dataDir = join(temp, 'data');
  contentDir = join(temp, 'content/years');
  origin = `git:${sha}`;
} else {
  const { issues } = loadData(dataDir);
  if (errorsOf(issues).length) fail(`data/ has ${errorsOf(issues).length} error(s): run npm run check:data and fix them first`);
}

try {
  const releasesDir = resolve(values.releases);
  const previous = loadReleases(releasesDir).at(-1) ?? null;
  const data = readReleaseData((name) => {
    try {
      return new Uint8Array(readFileSync(join(dataDir, name)));
    } catch {
      return undefined;
    }
  }, commit ? `${commit}:data` : 'data');
  // Draft years are not published, so they are not frozen either.
  const drafts = draftYears(readNarratives(contentDir).entries.map((e) => e.data));
  if (drafts.length) data.rows = withoutYears(data.rows as unknown as Tables, drafts) as unknown as typeof data.rows;
  const release = await freezeRelease({ data, previous, date, summary, origin, settings: { site, base, licence, publisher, catalogue } });
  const folder = writeRelease(releasesDir, release);
  const pkgPath = join(root, 'package.json');
  const pkg = readFileSync(pkgPath, 'utf8');
  writeFileSync(pkgPath, pkg.replace(/^(\s*"version":\s*)"[^"]*"/m, `$1"${release.manifest.version}"`));
  const c = release.manifest.counts;
  console.log(`${release.manifest.version} (${release.manifest.bump ?? 'first release'}), ${date}: ${folder}`);
  if (c) console.log(`datasets +${c.datasetsAdded} −${c.datasetsRemoved}, columns +${c.columnsAdded} −${c.columnsRemoved}, rows +${c.rowsAdded} −${c.rowsRemoved}, values changed ${c.valuesChanged}`);
  console.log('package.json "version" now follows it. Commit the folder; never edit it.');
} catch (e) {
  fail((e as Error).message);
} finally {
  if (temp) rmSync(temp, { recursive: true, force: true });
}
