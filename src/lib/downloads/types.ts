/**
 * Shapes shared by the download builders. Each builder is a pure function: it takes the
 * validated rows plus these explicit inputs and returns a string or bytes; nothing here reads
 * the environment, the clock or the file system (site-wide values live in src/site.config.ts).
 */
import type { Bilingual } from '../../schemas/columns.ts';
import type { Columns, Dataset } from '../../schemas/dataset.ts';

/**
 * The parts of a dataset declaration the downloads need. Every `Dataset<C>` fits it; a plain
 * structural type avoids the casts that `Dataset<Columns>` would need (its row rules are
 * contravariant in the row type).
 */
export type DatasetInfo = Pick<Dataset<Columns>, 'slug' | 'title' | 'description' | 'columns' | 'primaryKey' | 'foreignKeys' | 'file'>;

/** One validated row: column name → typed value (number, string, string[] or null). */
export type AnyRow = Readonly<Record<string, unknown>>;

export interface Licence {
  /** Open Definition / SPDX identifier, e.g. 'CC-BY-4.0' (datapackage `licenses[].name`). */
  id: string;
  /** Full title, e.g. 'Creative Commons Attribution 4.0 International'. */
  title: string;
  /** Short form used in citations and notes, e.g. 'CC BY 4.0'. */
  short: string;
  /** URL of the licence text. */
  path: string;
}

export interface Publisher {
  name: Bilingual;
  /** Where people can reach the publisher (e.g. the repository's issues page); null until set. */
  contact: { url: string | null };
}

/** A source as the datapackage and JSON-LD cite it (a row of sources.csv, narrowed). */
export type SourceTitle = import('../domain/provenance.ts').SourceTitle & { url: string | null };

