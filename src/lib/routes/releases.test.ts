import { describe, expect, it } from 'vitest';
import { loadReleases } from '../releases/store.ts';
import { releasePageModel, releasesJson, releasesModel } from './releases.ts';

const releases = loadReleases();
const calendar = [
  { entry_id: 'release-1-0-0', date: '2026-11-25', version: '1.0.0', status: 'published' as const, what_ka: 'ა', what_en: 'a', reason_ka: null, reason_en: null },
  { entry_id: 'annual-2027', date: '2027-11', version: null, status: 'provisional' as const, what_ka: 'ბ', what_en: 'Annual update', reason_ka: null, reason_en: null },
];

describe('release route models (the frozen releases 1.0.0 and 1.1.0)', () => {
  it('1.0.0 is not the latest and shows what changed in each later release', () => {
    const m = releasePageModel(releases, '1.0.0', 'en', '/');
    expect(m.release.isLatest).toBe(false);
    expect(m.later[0]).toMatchObject({ version: '1.1.0', href: '#since-1-1-0' });
    const value = m.later[0]!.view.changes.find((c) => c.kind === 'value' && c.key === 'call-2022');
    expect(value).toMatchObject({ column: 'figure_qualifier', old: 'about', new: 'up_to', revisionId: 'call-2022-up-to' });
    expect(m.release.pageHref).toBe('/en/releases/1.0.0/');
    expect(m.release.files.find((f) => f.name === 'programs.csv')!.href).toBe('/data/releases/1.0.0/programs.csv');
  });

  it('/releases/ lists the newest first and the next planned update', () => {
    const m = releasesModel(releases, calendar, 'en', '/');
    expect(m.releases.slice(-2).map((r) => r.version)).toEqual(['1.1.0', '1.0.0']);
    expect(m.next).toMatchObject({ when: 'November 2027', what: 'Annual update', status: 'provisional' });
  });

  it('releases.json gives each file with its permanent address and hash', () => {
    const j = releasesJson(releases, 'https://x.org', '/base/');
    const first = j.releases.find((r) => r.version === '1.0.0')!;
    expect(first.files.find((f) => f.name === 'programs.csv')).toMatchObject({ url: 'https://x.org/base/data/releases/1.0.0/programs.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
