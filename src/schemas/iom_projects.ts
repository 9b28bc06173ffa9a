import { bilingual, integer, oneOf, type Bilingual } from './columns.ts';
import { BREAKDOWN_EXACT_OR_OVERLAPPING, PERSONS, emptyIfNotReported, period, stableId } from './common-columns.ts';
import { defineDataset } from './dataset.ts';
import { citingSources, sourceColumns } from './provenance.ts';
import { dateOrder } from './rules.ts';

/** A count of persons that IOM's reports may leave out. */
const personsCount = (label: Bilingual, description: Bilingual) =>
  integer({ optional: true, minimum: 0, unit: PERSONS, label, description: emptyIfNotReported(description) });

/** IOM's own return and reintegration projects: context for the state program, not part of it. */
export const iomProjects = defineDataset({
  slug: 'iom_projects',
  title: { en: 'IOM reintegration projects (context)', ka: 'IOM-ის სარეინტეგრაციო პროექტები (კონტექსტი)' },
  description: {
    en: "Totals of IOM's own return and reintegration work in Georgia, shown as context. They are not figures of the state program.",
    ka: 'IOM-ის საკუთარი დაბრუნებისა და რეინტეგრაციის საქმიანობის ჯამები საქართველოში, კონტექსტისთვის. ეს სახელმწიფო პროგრამის მონაცემები არ არის.',
  },
  primaryKey: ['project_id'],
  foreignKeys: citingSources('source_id'),
  columns: {
    project_id: stableId({ en: 'Project ID', ka: 'პროექტის ID' }, { en: 'the project', ka: 'პროექტის' }, 'eu-readmission-2014-2016'),
    ...bilingual('name', { label: { en: 'Name', ka: 'დასახელება' }, description: { en: 'Name of the project.', ka: 'პროექტის დასახელება.' } }),
    ...period({
      precisions: ['month'],
      start: { en: 'First month covered (YYYY-MM).', ka: 'პირველი თვე (წწწწ-თთ).' },
      end: { en: 'Last month covered (YYYY-MM).', ka: 'ბოლო თვე (წწწწ-თთ).' },
      startExample: '2014-03',
      endExample: '2016-01',
    }),
    voluntary_returns: personsCount(
      { en: 'Voluntary returns', ka: 'ნებაყოფლობითი დაბრუნება' },
      { en: 'Persons who returned voluntarily with IOM’s help', ka: 'პირები, რომლებიც IOM-ის დახმარებით ნებაყოფლობით დაბრუნდნენ' },
    ),
    persons_reached: personsCount({ en: 'Persons reached', ka: 'პროექტით მოცული პირები' }, { en: 'Persons the project reached', ka: 'პირები, რომლებიც პროექტმა მოიცვა' }),
    persons_registered: personsCount({ en: 'Persons registered', ka: 'რეგისტრირებული პირები' }, { en: 'Persons registered with the project', ka: 'პროექტში რეგისტრირებული პირები' }),
    persons_assisted: integer({ minimum: 0, unit: PERSONS, label: { en: 'Persons assisted', ka: 'დახმარებული პირები' }, description: { en: 'Persons who received reintegration assistance.', ka: 'პირები, რომლებმაც სარეინტეგრაციო დახმარება მიიღეს.' }, example: '515' }),
    breakdown: oneOf({
      label: { en: 'Breakdown by kind of help', ka: 'დაყოფა დახმარების სახის მიხედვით' },
      description: {
        en: 'How the counts by kind of help (iom_assistance.csv) relate to persons assisted: exact = they add up to it; overlapping = one person may have received several kinds of help.',
        ka: 'როგორ შეესაბამება დახმარების სახის მიხედვით რაოდენობები (iom_assistance.csv) დახმარებულ პირებს: exact — ჯამი ზუსტად ემთხვევა; overlapping — ერთ პირს შეიძლება რამდენიმე სახის დახმარება მიეღო.',
      },
      options: BREAKDOWN_EXACT_OR_OVERLAPPING,
    }),
    ...sourceColumns(),
  },
  rowRules: (r) => dateOrder(r.period_start, r.period_end, 'period_end'),
});
