/**
 * IOM's own projects (context, not the state program): their totals as IOM gives them and
 * their help by kind, whose counts overlap (one person can receive several kinds of help).
 */
import type { Tables } from '../validation/load.ts';
import { datasets } from '../../schemas/index.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import { optionLabel } from '../../schemas/options.ts';
import { rowRef, type SourceRef } from './provenance.ts';

export interface IomKind {
  category: string;
  label: Bilingual;
  count: number;
  unit: 'persons' | 'families';
}

export interface IomProject {
  projectId: string;
  name: Bilingual;
  periodStart: string;
  periodEnd: string;
  /** The project's totals as IOM gives them (null: not reported). */
  totals: { key: string; label: Bilingual; value: number | null }[];
  assisted: number;
  breakdown: 'exact' | 'overlapping';
  kinds: IomKind[];
  /** Sum of the counts in persons (derived); families are never added to it. */
  personsSum: number;
  /** Kinds counted in families, kept apart. */
  familyKinds: IomKind[];
  relation: 'exact' | 'more' | 'fewer';
  refs: SourceRef[];
}

const TOTAL_KEYS = ['voluntary_returns', 'persons_reached', 'persons_registered', 'persons_assisted'] as const;

export function iomProjects(tables: Pick<Tables, 'iom_projects' | 'iom_assistance'>): IomProject[] {
  const columns = datasets.iom_projects.columns;
  return tables.iom_projects.map((p) => {
    const kinds: IomKind[] = tables.iom_assistance
      .filter((a) => a.project_id === p.project_id)
      .map((a) => ({ category: a.category, label: optionLabel(datasets.iom_assistance.columns.category, a.category), count: a.count, unit: a.unit }));
    const personsSum = kinds.filter((k) => k.unit === 'persons').reduce((s, k) => s + k.count, 0);
    return {
      projectId: p.project_id,
      name: { ka: p.name_ka, en: p.name_en },
      periodStart: p.period_start,
      periodEnd: p.period_end,
      totals: TOTAL_KEYS.map((key) => ({ key, label: columns[key].meta.label, value: p[key] })),
      assisted: p.persons_assisted,
      breakdown: p.breakdown,
      kinds,
      personsSum,
      familyKinds: kinds.filter((k) => k.unit === 'families'),
      relation: personsSum === p.persons_assisted ? 'exact' : personsSum > p.persons_assisted ? 'more' : 'fewer',
      refs: [rowRef(p)],
    };
  });
}
