import { bilingual, date, integer, year } from './columns.ts';
import { PERSONS, stableId } from './common-columns.ts';
import { defineDataset, foreignKey } from './dataset.ts';
import { citingSources, otherSourceIds, sourceColumns } from './provenance.ts';
import { comparison, qualifierRules, stage, yearBasis, yearBasisRules } from './certainty.ts';
import { requiredWhen } from './rules.ts';

/** What the calls led to, where a source reports it: grantees selected, grants handed over. */
export const grantResults = defineDataset({
  slug: 'grant_results',
  title: { en: 'Grant results', ka: 'საგრანტო კონკურსების შედეგები' },
  description: {
    en: 'The known results of the grant calls: how many returned migrants were selected and how many received their grant, on which date, for the whole country or one place, with how sure each figure is.',
    ka: 'საგრანტო კონკურსების ცნობილი შედეგები: რამდენი დაბრუნებული მიგრანტი შეირჩა და რამდენმა მიიღო გრანტი, რა თარიღით, მთელ ქვეყანაში თუ ერთ ადგილას, და რამდენად სანდოა თითოეული რიცხვი.',
  },
  primaryKey: ['result_id'],
  foreignKeys: [foreignKey('year', 'programs', 'year'), ...citingSources('source_id', 'other_source_ids')],
  columns: {
    result_id: stableId({ en: 'Result', ka: 'შედეგი' }, { en: 'the result', ka: 'შედეგის' }, 'selected-2021'),
    year: year({ label: { en: 'Program year', ka: 'პროგრამის წელი' }, description: { en: 'The program year (a year in programs.csv).', ka: 'პროგრამის წელი (წელი ფაილიდან programs.csv).' } }),
    ...yearBasis(),
    date: date({
      optional: true, example: '2021-06-11', label: { en: 'Date', ka: 'თარიღი' },
      description: { en: 'The date of the source that reports the result.', ka: 'შედეგის შესახებ ცნობის თარიღი.' },
    }),
    persons: integer({
      minimum: 0, qualifiers: { comparison: 'persons_comparison', stage: 'persons_stage' }, unit: PERSONS, example: '185',
      label: { en: 'Returned migrants', ka: 'დაბრუნებული მიგრანტები' },
      description: { en: 'How many returned migrants; read it with persons_comparison and persons_stage (selected is not yet served).', ka: 'რამდენი დაბრუნებული მიგრანტი; იკითხება persons_comparison-თან და persons_stage-თან ერთად (შერჩეული ჯერ არ ნიშნავს გაცემულს).' },
    }),
    persons_comparison: comparison({ en: 'Returned migrants', ka: 'დაბრუნებული მიგრანტები' }, 'the count'),
    persons_stage: stage({ en: 'Returned migrants', ka: 'დაბრუნებული მიგრანტები' }, 'the count', ['selected', 'served']),
    ...bilingual('place', {
      optional: true, label: { en: 'Place', ka: 'ადგილი' },
      description: { en: 'Where, when the figure is for one place; empty for the whole country.', ka: 'სად, თუ რიცხვი ერთ ადგილს ეხება; ცარიელია მთელი ქვეყნისთვის.' },
    }),
    ...bilingual('what', { label: { en: 'What', ka: 'რა' }, description: { en: 'What the figure counts, in words.', ka: 'რას ითვლის რიცხვი, სიტყვებით.' } }),
    ...sourceColumns(),
    other_source_ids: otherSourceIds(),
  },
  rowRules: (r) => [
    ...qualifierRules(r.persons, 'persons', { comparison: r.persons_comparison, comparisonColumn: 'persons_comparison', stage: r.persons_stage, stageColumn: 'persons_stage' }),
    ...requiredWhen(r.year_basis, 'year_basis', { en: 'every result says how its year is known', ka: 'ყოველმა შედეგმა უნდა თქვას, საიდან არის ცნობილი მისი წელი' }),
    ...yearBasisRules(r),
  ],
});
