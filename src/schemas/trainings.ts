import { bilingual, date, oneOf } from './columns.ts';
import { ANY_PRECISION, datePrecision, emptyIfNotReported, stableId } from './common-columns.ts';
import { defineDataset } from './dataset.ts';
import { citingSources, sourceColumns } from './provenance.ts';
import { dateOrder, emptyWhen, precisionMatches, requiredWhen } from './rules.ts';

/** Awareness-raising trainings at which the ministry's division spoke or took part. */
export const trainings = defineDataset({
  slug: 'trainings',
  title: { en: 'Awareness-raising trainings', ka: 'ცნობიერების ამაღლების ტრენინგები' },
  description: {
    en: 'Trainings on migration at which staff of the Migration, Repatriation and Integration Division spoke or took part, with dates as precise as the source gives them.',
    ka: 'მიგრაციის საკითხებზე ტრენინგები, რომლებზეც მიგრაციის, რეპატრიაციისა და ინტეგრაციის სამმართველოს თანამშრომლები გამოვიდნენ ან მონაწილეობდნენ; თარიღები იმ სიზუსტით, რასაც წყარო იძლევა.',
  },
  primaryKey: ['training_id'],
  foreignKeys: citingSources('source_id'),
  columns: {
    training_id: stableId({ en: 'Training ID', ka: 'ტრენინგის ID' }, { en: 'the training', ka: 'ტრენინგის' }, 'sida-tbilisi-2018'),
    date_start: date({
      optional: true, precisions: ANY_PRECISION, example: '2018-06-11', label: { en: 'First day', ka: 'პირველი დღე' },
      description: { en: 'When the training began, to the precision in date_precision; empty if the source gives no date.', ka: 'როდის დაიწყო ტრენინგი, date_precision-ის სიზუსტით; ცარიელია, თუ წყარო თარიღს არ ასახელებს.' },
    }),
    date_end: date({
      optional: true, precisions: ANY_PRECISION, example: '2018-06-15', label: { en: 'Last day', ka: 'ბოლო დღე' },
      description: { en: 'When the training ended; empty if the source gives no date.', ka: 'როდის დასრულდა ტრენინგი; ცარიელია, თუ წყარო თარიღს არ ასახელებს.' },
    }),
    date_precision: datePrecision(
      {
        en: 'How precisely the source dates the training: day, month, year, or reporting_period when it only says "during the reporting period".',
        ka: 'რა სიზუსტით ათარიღებს წყარო ტრენინგს: day, month, year, ან reporting_period, როცა მხოლოდ „საანგარიშო პერიოდში“ წერია.',
      },
      [{ value: 'reporting_period', label: { en: 'during the reporting period', ka: 'საანგარიშო პერიოდში' } }],
    ),
    reported_as_of: date({
      precisions: ['month'], example: '2018-06', label: { en: 'Reported as of', ka: 'საანგარიშო პერიოდის ბოლო' },
      description: { en: 'The end of the reporting period that mentions the training (YYYY-MM).', ka: 'საანგარიშო პერიოდის დასასრული, რომელშიც ტრენინგია ნახსენები (წწწწ-თთ).' },
    }),
    ...bilingual('title', { label: { en: 'Title', ka: 'სათაური' }, description: { en: 'What the training was about, in a few words.', ka: 'რას ეხებოდა ტრენინგი, მოკლედ.' } }),
    ...bilingual('organiser', { label: { en: 'Organiser', ka: 'ორგანიზატორი' }, description: { en: 'Who organised it, as the source names them.', ka: 'ვინ მოაწყო, როგორც წყარო ასახელებს.' } }),
    ...bilingual('place', { optional: true, label: { en: 'Place', ka: 'ადგილი' }, description: emptyIfNotReported({ en: 'Where it was held', ka: 'სად ჩატარდა' }) }),
    ...bilingual('audience', { optional: true, label: { en: 'Audience', ka: 'აუდიტორია' }, description: emptyIfNotReported({ en: 'Who the training was for', ka: 'ვისთვის იყო ტრენინგი' }) }),
    ...bilingual('topics', { label: { en: 'Topics', ka: 'თემები' }, description: { en: 'Topics covered, separated by ;.', ka: 'განხილული თემები, გამოყოფილი ;-ით.' } }),
    division_role: oneOf({
      label: { en: "Division's role", ka: 'სამმართველოს როლი' },
      description: { en: 'Whether the division’s staff spoke at the training or took part in it.', ka: 'სამმართველოს თანამშრომლები ტრენინგზე გამოვიდნენ თუ მონაწილეობდნენ.' },
      options: [{ value: 'speaker', label: { en: 'speaker', ka: 'მომხსენებელი' } }, { value: 'participant', label: { en: 'participant', ka: 'მონაწილე' } }],
    }),
    ...sourceColumns(),
  },
  rowRules: (r) => {
    if (r.date_precision === 'reporting_period') {
      const because = { en: 'date_precision is "reporting_period"', ka: 'date_precision არის „reporting_period“' };
      return [...emptyWhen(r.date_start, 'date_start', because), ...emptyWhen(r.date_end, 'date_end', because)];
    }
    const because = { en: `date_precision is "${r.date_precision}"`, ka: `date_precision არის „${r.date_precision}“` };
    return [
      ...requiredWhen(r.date_start, 'date_start', because),
      ...precisionMatches(r.date_start, r.date_precision, 'date_start'),
      ...precisionMatches(r.date_end, r.date_precision, 'date_end'),
      ...dateOrder(r.date_start, r.date_end, 'date_end'),
    ];
  },
});
