import { bilingual, id, integer, year } from './columns.ts';
import { defineDataset, foreignKey } from './dataset.ts';
import { PERSONS } from './common-columns.ts';
import { citingSources, sourceColumns } from './provenance.ts';
import { comparison, qualifierRules, stage } from './certainty.ts';

/**
 * Which services each program year offered and, where reported, how many persons received each.
 * A row means "offered"; an empty `persons` means "offered, count not reported"; a service with
 * no row in a year whose services are listed was not offered.
 */
export const beneficiaries = defineDataset({
  slug: 'beneficiaries',
  title: { en: 'Beneficiaries by service', ka: 'ბენეფიციარები სერვისების მიხედვით' },
  description: {
    en: 'For each program year, the services offered and the number of beneficiaries of each where reported. An empty count means offered but not reported.',
    ka: 'პროგრამის თითოეული წლისთვის შეთავაზებული სერვისები და თითოეულის ბენეფიციართა რაოდენობა, სადაც წყარო მას ასახელებს. ცარიელი უჯრა ნიშნავს, რომ სერვისი შეთავაზებული იყო, მაგრამ რაოდენობა წყაროში არ არის.',
  },
  primaryKey: ['year', 'service_id'],
  foreignKeys: [foreignKey('year', 'programs', 'year'), foreignKey('service_id', 'services', 'service_id'), ...citingSources('source_id')],
  columns: {
    year: year({ label: { en: 'Year', ka: 'წელი' }, description: { en: 'The program year (a year in programs.csv).', ka: 'პროგრამის წელი (წელი ფაილიდან programs.csv).' } }),
    service_id: id({
      label: { en: 'Service', ka: 'სერვისი' },
      description: { en: 'The service: a service_id in services.csv.', ka: 'სერვისი: service_id ფაილიდან services.csv.' },
      example: 'medical',
    }),
    persons: integer({
      optional: true, minimum: 0, unit: PERSONS, qualifiers: { comparison: 'persons_comparison', stage: 'persons_stage' }, example: '147',
      label: { en: 'Beneficiaries', ka: 'ბენეფიციარები' },
      description: { en: 'Persons who received the service that year; empty if offered but not reported.', ka: 'პირები, რომლებმაც იმ წელს სერვისი მიიღეს; ცარიელია, თუ სერვისი შეთავაზებული იყო, მაგრამ წყარო რაოდენობას არ ასახელებს.' },
    }),
    ...sourceColumns(),
    ...bilingual('note', {
      optional: true,
      label: { en: 'Note', ka: 'შენიშვნა' },
      description: { en: 'How the source describes the service that year, where it differs.', ka: 'როგორ აღწერს წყარო სერვისს იმ წელს, თუ განსხვავდება.' },
    }),
    // How sure the count is (src/schemas/certainty.ts): added in December 2026.
    persons_comparison: comparison({ en: 'Beneficiaries', ka: 'ბენეფიციარები' }, 'the count'),
    persons_stage: stage({ en: 'Beneficiaries', ka: 'ბენეფიციარები' }, 'the count', ['planned', 'selected', 'served']),
  },
  rowRules: (r) => qualifierRules(r.persons, 'persons', { comparison: r.persons_comparison, comparisonColumn: 'persons_comparison', stage: r.persons_stage, stageColumn: 'persons_stage' }),
});
