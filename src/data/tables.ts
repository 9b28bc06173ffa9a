/**
 * The one place pages read data: every content collection (validated at load), as plain
 * typed rows in file order.
 */
import { getCollection } from 'astro:content';
import type { Tables } from '../lib/data/load.ts';
import { slugs } from '../schemas/index.ts';

let cached: Promise<Tables> | undefined;

export function getTables(): Promise<Tables> {
  cached ??= (async () => {
    const entries = await Promise.all(slugs.map(async (s) => [s, (await getCollection(s)).map((e) => e.data)] as const));
    return Object.fromEntries(entries) as unknown as Tables;
  })();
  return cached;
}
