import { bilingual } from './columns.ts';
import { stableId } from './common-columns.ts';
import { defineDataset } from './dataset.ts';
import { citingSources, sourceColumns } from './provenance.ts';

/** The services (grant directions) the program has offered in any year. */
export const services = defineDataset({
  slug: 'services',
  title: { en: 'Services', ka: 'სერვისები' },
  description: {
    en: 'The reintegration services the program has offered returned migrants, with a plain description of each.',
    ka: 'სარეინტეგრაციო სერვისები, რომლებსაც პროგრამა დაბრუნებულ მიგრანტებს სთავაზობდა, თითოეულის მარტივი აღწერით.',
  },
  primaryKey: ['service_id'],
  foreignKeys: citingSources('source_id'),
  columns: {
    service_id: stableId({ en: 'Service ID', ka: 'სერვისის ID' }, { en: 'the service', ka: 'სერვისის' }, 'medical'),
    ...bilingual('name', { label: { en: 'Name', ka: 'დასახელება' }, description: { en: 'Name of the service.', ka: 'სერვისის დასახელება.' } }),
    ...bilingual('description', { label: { en: 'Description', ka: 'აღწერა' }, description: { en: 'What the service gives.', ka: 'რას მოიცავს სერვისი.' } }),
    ...sourceColumns(),
  },
});
