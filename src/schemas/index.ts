/** Every published dataset, in the order the catalogue lists them. */
import { beneficiaries } from './beneficiaries.ts';
import { grantCalls } from './grant_calls.ts';
import { grantResults } from './grant_results.ts';
import { statements } from './statements.ts';
import { iomAssistance } from './iom_assistance.ts';
import { iomProjects } from './iom_projects.ts';
import { milestones } from './milestones.ts';
import { mobilityCentres } from './mobility_centres.ts';
import { programs } from './programs.ts';
import { revisions } from './revisions.ts';
import { services } from './services.ts';
import { sources } from './sources.ts';
import { trainings } from './trainings.ts';

export const datasets = {
  programs,
  beneficiaries,
  services,
  trainings,
  mobility_centres: mobilityCentres,
  grant_calls: grantCalls,
  grant_results: grantResults,
  statements,
  milestones,
  iom_projects: iomProjects,
  iom_assistance: iomAssistance,
  sources,
  revisions,
} as const;

export type Datasets = typeof datasets;
export type Slug = keyof Datasets;
export type Row<S extends Slug> = import('./dataset.ts').RowOf<Datasets[S]['columns']>;

export const slugs = Object.keys(datasets) as Slug[];
