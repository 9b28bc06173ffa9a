/** Shared inputs of the download tests: the real data, loaded and validated once. */
import path from 'node:path';
import { datasets, slugs } from '../../schemas/index.ts';
import { loadData } from '../data/load.ts';
import { errorsOf } from '../data/issues.ts';
import type { AnyRow, DatasetInfo, Licence, Publisher } from './types.ts';
import { licence as siteLicence, publisher as sitePublisher } from '../../site.config.ts';

const loaded = loadData(path.resolve('data'));
if (errorsOf(loaded.issues).length) throw new Error(`data/ does not validate: ${JSON.stringify(errorsOf(loaded.issues)[0])}`);

export const tables = loaded.tables;

/** Every dataset with its validated rows, in catalogue order. */
export const all: { slug: string; dataset: DatasetInfo; rows: readonly AnyRow[] }[] = slugs.map((slug) => ({
  slug,
  dataset: datasets[slug],
  rows: tables[slug] as readonly AnyRow[],
}));

export const licence: Licence = siteLicence;

/** The configured publisher, with no contact whatever ISSUES_URL says, so tests do not depend on it. */
export const publisher: Publisher = { ...sitePublisher, contact: { url: null } };

export const SITE = 'https://reintegration.example.org';
export const BASE = '/reintegration/';
export const MODIFIED = new Date('2025-01-31T00:00:00Z');
