import { describe, expect, it } from 'vitest';
import { loadReleases } from '../releases/store.ts';
import { t } from '../i18n/strings/index.ts';
import { mapBoundary } from '../geo/inside-georgia.ts';
import { updateBoundaryJson, updateModel } from './update.ts';

const releases = loadReleases();

describe('updateModel', () => {
  it('compares with the latest frozen release (1.0.0 when it is the only one)', () => {
    expect(updateModel(releases.slice(0, 1), 'en').release).toBe('1.0.0');
    expect(updateModel(releases, 'en').release).toBe(releases.at(-1)!.manifest.version);
  });

  it('hands the checker its words in the page’s language, keyed without the "update." prefix', () => {
    const ka = JSON.parse(updateModel(releases, 'ka').deskStrings) as Record<string, string>;
    expect(ka.changesTitle).toBe(t('ka', 'update.changesTitle'));
    expect(ka.downloadZip).toBe(t('ka', 'update.downloadZip'));
    expect(ka.narrativeTitle).toBe(t('ka', 'update.narrativeTitle'));
    expect(Object.keys(ka)).toHaveLength(31);
  });

  it('stops the build, saying what to do, when no release is frozen', () => {
    expect(() => updateModel([], 'en')).toThrow(/npm run release/);
  });

  it('boundary.json holds Georgia’s outline and its neighbours’', () => {
    expect(JSON.parse(updateBoundaryJson())).toEqual(JSON.parse(JSON.stringify(mapBoundary())));
    expect(Object.keys(JSON.parse(updateBoundaryJson()) as object)).toEqual(['georgia', 'neighbours']);
  });
});
