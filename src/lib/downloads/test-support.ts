/**
 * Shared inputs of the download tests: the frozen fixture data (tests/fixtures/data-2026-11/),
 * loaded and validated once, so their expected figures (2017 sums to 248, coverage 2015/2018)
 * hold after every annual update.
 */
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { datasets, slugs } from '../../schemas/index.ts';
import type { AnyRow, DatasetInfo, Licence, Publisher } from './types.ts';
import { licence as siteLicence, publisher as sitePublisher } from '../../site.config.ts';

export const tables = fixtureTables();

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
