import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { narrativeSchema } from './lib/content/narratives.ts';
import { csvLoader } from './lib/validation/astro-loader.ts';
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
  grant_calls: csv('grant_calls'),
  grant_results: csv('grant_results'),
  statements: csv('statements'),
  iom_projects: csv('iom_projects'),
  iom_assistance: csv('iom_assistance'),
  sources: csv('sources'),
  // The year narratives: content/years/<year>.<lang>.mdx, id "<year>.<lang>". The rules
  // (both languages published, no typed figures) are in src/lib/content/narratives.ts.
  narratives: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/years', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: narrativeSchema,
  }),
  revisions: csv('revisions'),
};
