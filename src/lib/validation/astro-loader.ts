/**
 * An Astro content-layer loader for one dataset, built on the same validator as
 * `npm run check:data`: the build reads only data that passed every check, and stops with
 * the full list of problems otherwise.
 */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { datasets, type Slug } from '../../schemas/index.ts';
import { loadDataOrThrow } from './load.ts';

/** Where the build reads data from; tests point it at a copy with DATA_DIR. */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR || 'data');
}

export function csvLoader(slug: Slug): Loader {
  const d = datasets[slug];
  return {
    name: `csv:${slug}`,
    schema: d.rowSchema,
    load: async ({ store, parseData }) => {
      const rows = loadDataOrThrow(dataDir())[slug] as Record<string, unknown>[];
      store.clear();
      // getCollection() returns entries in id order; a zero-padded row index keeps file order.
      for (const [i, row] of rows.entries()) {
        const key = d.primaryKey.map((k) => String(row[k])).join('/');
        const id = `${String(i).padStart(4, '0')}:${key}`;
        store.set({ id, data: await parseData({ id, data: row }) });
      }
    },
  };
}
