/**
 * The update desk (/update/): what the page hands the in-browser checker. The checker compares
 * the officer's files with the latest frozen release and draws its report in the page's language.
 */
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';
import type { Release } from '../releases/store.ts';
import { mapBoundary } from '../geo/inside-georgia.ts';

/** The words the checker draws after the first file (changes, revision notes, the year's text, downloads). */
const DESK_KEYS = ['update.changesTitle', 'update.added', 'update.removed', 'update.changed', 'update.noChanges', 'update.reasonKa', 'update.reasonEn', 'update.writeRevisions', 'update.downloadsTitle', 'update.downloadZip', 'update.downloadNote', ...(['Title', 'Intro', 'Year', 'Status', 'Draft', 'Published', 'Ka', 'En', 'Summary', 'Body', 'Picker', 'OtherYears', 'InsertKa', 'InsertEn', 'Inserted', 'Preview', 'Write', 'Written', 'Problems', 'Ok'] as const).map((k) => `update.narrative${k}` as const)] as const;

/** Names written in Latin script in both languages. */
export const LATIN_NAMES = { example: 'programs.xlsx', github: 'GitHub', upload: 'Add file › Upload files', js: 'JavaScript', command: 'npm run check' };

export interface UpdateModel {
  /** The version of the latest frozen release, which the desk compares with. */
  release: string;
  /** The checker's words, as JSON: { changesTitle: …, added: …, … }. */
  deskStrings: string;
  latin: typeof LATIN_NAMES;
}

export function updateModel(releases: readonly Release[], locale: Locale): UpdateModel {
  const latest = releases.at(-1);
  if (!latest) throw new Error('The update desk needs a frozen release to compare with: make one with npm run release');
  return {
    release: latest.manifest.version,
    deskStrings: JSON.stringify(Object.fromEntries(DESK_KEYS.map((k) => [k.slice('update.'.length), t(locale, k)]))),
    latin: LATIN_NAMES,
  };
}

/**
 * /update/boundary.json: Georgia's outline and its neighbours' as the build checks coordinates
 * against them, so the desk gives the same verdict in the browser without the whole world map.
 */
export function updateBoundaryJson(): string {
  return JSON.stringify(mapBoundary());
}
