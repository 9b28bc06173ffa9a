import { bilingual, date, id, integer, oneOf } from './columns.ts';
import { defineDataset } from './dataset.ts';
import { sourceId, sourceRef } from './provenance.ts';
import { dateOrder } from './rules.ts';

const persons = { en: 'persons', ka: 'პირი' };

/** IOM's own return and reintegration projects: context for the state program, not part of it. */
export const iomProjects = defineDataset({
  slug: 'iom_projects',
  title: { en: 'IOM reintegration projects (context)', ka: 'IOM-ის სარეინტეგრაციო პროექტები (კონტექსტი)' },
  description: {
    en: "Totals of IOM's own return and reintegration work in Georgia, shown as context. They are not figures of the state program.",
    ka: 'IOM-ის საკუთარი დაბრუნებისა და რეინტეგრაციის საქმიანობის ჯამები საქართველოში, კონტექსტისთვის. ეს სახელმწიფო პროგრამის მონაცემები არ არის.',
  },
  primaryKey: ['project_id'],
  foreignKeys: [{ field: 'source_id', resource: 'sources', resourceField: 'source_id' }],
  columns: {
    project_id: id({ label: { en: 'Project ID', ka: 'პროექტის ID' }, description: { en: 'Short stable identifier of the project.', ka: 'პროექტის მოკლე მუდმივი იდენტიფიკატორი.' }, example: 'eu-readmission-2014-2016' }),
    ...bilingual('name', { label: { en: 'Name', ka: 'დასახელება' }, description: { en: 'Name of the project.', ka: 'პროექტის დასახელება.' } }),
    period_start: date({ precisions: ['month'], label: { en: 'Period start', ka: 'პერიოდის დასაწყისი' }, description: { en: 'First month covered (YYYY-MM).', ka: 'პირველი თვე (წწწწ-თთ).' }, example: '2014-03' }),
    period_end: date({ precisions: ['month'], label: { en: 'Period end', ka: 'პერიოდის დასასრული' }, description: { en: 'Last month covered (YYYY-MM).', ka: 'ბოლო თვე (წწწწ-თთ).' }, example: '2016-01' }),
    voluntary_returns: integer({ optional: true, minimum: 0, unit: persons, label: { en: 'Voluntary returns', ka: 'ნებაყოფლობითი დაბრუნება' }, description: { en: 'Persons who returned voluntarily with IOM’s help; empty if not reported.', ka: 'პირები, რომლებიც IOM-ის დახმარებით ნებაყოფლობით დაბრუნდნენ; ცარიელია, თუ წყარო არ ასახელებს.' } }),
    persons_reached: integer({ optional: true, minimum: 0, unit: persons, label: { en: 'Persons reached', ka: 'პროექტით მოცული პირები' }, description: { en: 'Persons the project reached; empty if not reported.', ka: 'პირები, რომლებიც პროექტმა მოიცვა; ცარიელია, თუ წყარო არ ასახელებს.' } }),
    persons_registered: integer({ optional: true, minimum: 0, unit: persons, label: { en: 'Persons registered', ka: 'რეგისტრირებული პირები' }, description: { en: 'Persons registered with the project; empty if not reported.', ka: 'პროექტში რეგისტრირებული პირები; ცარიელია, თუ წყარო არ ასახელებს.' } }),
    persons_assisted: integer({ minimum: 0, unit: persons, label: { en: 'Persons assisted', ka: 'დახმარებული პირები' }, description: { en: 'Persons who received reintegration assistance.', ka: 'პირები, რომლებმაც სარეინტეგრაციო დახმარება მიიღეს.' }, example: '515' }),
    breakdown: oneOf({
      label: { en: 'Breakdown by kind of help', ka: 'დაყოფა დახმარების სახის მიხედვით' },
      description: {
        en: 'How the counts by kind of help (iom_assistance.csv) relate to persons assisted: exact = they add up to it; overlapping = one person may have received several kinds of help.',
        ka: 'როგორ შეესაბამება დახმარების სახის მიხედვით რაოდენობები (iom_assistance.csv) დახმარებულ პირებს: exact — ჯამი ზუსტად ემთხვევა; overlapping — ერთ პირს შეიძლება რამდენიმე სახის დახმარება მიეღო.',
      },
      options: [
        { value: 'exact', label: { en: 'adds up exactly', ka: 'ჯამი ზუსტად ემთხვევა' } },
        { value: 'overlapping', label: { en: 'overlapping', ka: 'ნაწილობრივ ემთხვევა ერთმანეთს' } },
      ],
    }),
    source_id: sourceId(),
    source_ref: sourceRef(),
  },
  rowRules: (r) => dateOrder(r.period_start, r.period_end, 'period_end'),
});
