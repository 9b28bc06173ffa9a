/**
 * The one place pages read data: every content collection (validated at load), as plain
 * typed rows in file order, without the years whose narratives are still drafts. The year
 * narratives are checked here too, so every page build sees the same verdict.
 */
import { getCollection } from 'astro:content';
import { assertNarratives } from '../lib/content/narratives.ts';
import { draftYears, withoutYears } from '../lib/content/published-years.ts';
import type { Tables } from '../lib/validation/load.ts';
import { slugs } from '../schemas/index.ts';

let all: Promise<Tables> | undefined;
let published: Promise<Tables> | undefined;

/** Every validated row, drafts included: for the checks that must see everything. */
export function getAllTables(): Promise<Tables> {
  all ??= (async () => {
    const entries = await Promise.all(slugs.map(async (s) => [s, (await getCollection(s)).map((e) => e.data)] as const));
    return Object.fromEntries(entries) as unknown as Tables;
  })();
  return all;
}

/** What the site publishes: every row but those of draft years. */
export function getTables(): Promise<Tables> {
  published ??= (async () => {
    const narratives = await getCollection('narratives');
    const all = await getAllTables();
    // Broken narratives stop the build before any page is written (checked against every year).
    assertNarratives(narratives, all.programs.map((p) => p.year));
    return withoutYears(all, draftYears(narratives.map((n) => n.data)));
  })();
  return published;
}
