import { describe, expect, it } from 'vitest';
import { buildPublication } from '../downloads/publication.ts';
import { BASE, licence, publisher, SITE, tables } from '../downloads/test-support.ts';
import { loadReleases } from '../releases/store.ts';
import { slugs } from '../../schemas/index.ts';
import { t } from '../i18n/strings/index.ts';
import { datasetPageModel, datasetPaths } from './dataset.ts';

const catalogue = { name: 'test', title: { ka: 'ტესტი', en: 'Test' }, description: { ka: 'აღწერა', en: 'Description' }, keywords: [] };
const pub = await buildPublication(tables, { site: SITE, base: BASE, version: '1.0.0', licence, publisher, catalogue });
const releases = loadReleases().slice(0, 1);
const calendar = [
  { entry_id: 'annual-2027', date: '2027-11', version: null, status: 'provisional' as const, what_ka: 'ბ', what_en: 'Annual update', reason_ka: null, reason_en: null },
];
const ctx = { tables, locale: 'en' as const, site: SITE, base: BASE };

describe('the dataset page’s model (fixture, release 1.0.0)', () => {
  it('has a page per dataset and language', () => {
    const paths = datasetPaths();
    expect(paths).toHaveLength(slugs.length * 2);
    expect(paths).toContainEqual({ params: { lang: 'en', slug: 'programs' }, props: { locale: 'en', slug: 'programs' } });
    expect(paths).toContainEqual({ params: { lang: undefined, slug: 'programs' }, props: { locale: 'ka', slug: 'programs' } });
  });

  it('cites the latest release, names the next, and links the release’s own copies', () => {
    const m = datasetPageModel(ctx, 'programs', pub, { releases, calendar }, { licence, publisher, catalogue });
    expect(m.version).toBe('1.0.0');
    expect(m.next).toBe('November 2027 (provisional)');
    expect(m.releaseFiles).toEqual(['csv', 'json', 'xlsx'].map((ext) => ({ name: `programs.${ext}`, href: `${BASE}data/releases/1.0.0/programs.${ext}` })));
    expect(m.citation).toContain('1.0.0');
  });

  it('says when nothing is planned, and links no release copy of a dataset the release does not hold', () => {
    const m = datasetPageModel(ctx, 'programs', pub, { releases, calendar: [] }, { licence, publisher, catalogue });
    expect(m.next).toBe(t('en', 'releases.nextNone'));
    const r = releases[0]!;
    const without = { ...r, manifest: { ...r.manifest, files: r.manifest.files.filter((f) => f.name !== 'programs.csv') } };
    expect(datasetPageModel(ctx, 'programs', pub, { releases: [without], calendar }, { licence, publisher, catalogue }).releaseFiles).toEqual([]);
  });

  it('gives each current file its address, size and checksum', () => {
    const m = datasetPageModel(ctx, 'programs', pub, { releases, calendar }, { licence, publisher, catalogue });
    expect(m.checksums.map((f) => f.name)).toEqual(['programs.csv', 'programs-excel.csv', 'programs.json', 'programs.xlsx']);
    const csv = pub.files.get('programs.csv')!;
    expect(m.checksums[0]).toEqual({ name: 'programs.csv', href: `${BASE}data/programs.csv`, size: expect.stringMatching(/ KB$/), sha256: csv.sha256 });
  });

  it('stops the build, saying what to do, when no release is frozen', () => {
    expect(() => datasetPageModel(ctx, 'programs', pub, { releases: [], calendar }, { licence, publisher, catalogue })).toThrow(/npm run release/);
  });
});
