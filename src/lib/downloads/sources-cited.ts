/** Which sources a dataset's rows cite, through its foreign keys to sources.csv. */
import type { AnyRow, DatasetInfo, SourceTitle } from './types.ts';

/** The slug of the sources dataset, which the provenance columns reference. */
export const SOURCES_SLUG = 'sources';

/** Whether the dataset has a column that cites sources.csv. */
export function citesSources(dataset: DatasetInfo): boolean {
  return (dataset.foreignKeys ?? []).some((k) => k.resource === SOURCES_SLUG);
}

/**
 * The sources cited by `rows`, in the order of `sources` (the catalogue's order), each once.
 * Looks at every column with a foreign key to sources.csv, list columns item by item.
 */
export function citedSources<S extends SourceTitle>(dataset: DatasetInfo, rows: readonly AnyRow[], sources: readonly S[]): S[] {
  const columns = (dataset.foreignKeys ?? []).filter((k) => k.resource === SOURCES_SLUG).map((k) => k.field);
  const ids = new Set<string>();
  for (const row of rows) {
    for (const c of columns) {
      const v = row[c];
      for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'string') ids.add(id);
    }
  }
  return sources.filter((s) => ids.has(s.source_id));
}
