import { defineCollection } from 'astro:content';
import { csvLoader } from './lib/data/astro-loader.ts';
import { datasets, type Slug } from './schemas/index.ts';

// One collection per dataset, named by its slug; the schema is the dataset's own row schema,
// so pages get the same types as the rest of the code.
const csv = <S extends Slug>(slug: S) => defineCollection({ loader: csvLoader(slug), schema: datasets[slug].rowSchema });

export const collections = {
  programs: csv('programs'),
  beneficiaries: csv('beneficiaries'),
  services: csv('services'),
  trainings: csv('trainings'),
  mobility_centres: csv('mobility_centres'),
  milestones: csv('milestones'),
  iom_projects: csv('iom_projects'),
  iom_assistance: csv('iom_assistance'),
  sources: csv('sources'),
};
