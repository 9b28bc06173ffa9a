import { integer, oneOf, year } from './columns.ts';
import { BREAKDOWN_EXACT_OR_OVERLAPPING, GEL, PERSONS, emptyIfNotReported, period, readerNote } from './common-columns.ts';
import { defineDataset } from './dataset.ts';
import { citingSources, optionalSourceId, otherSourceIds, sourceRef } from './provenance.ts';
import { dateOrder, requiredWhen } from './rules.ts';
import { comparison, qualifierRules, stage, yearBasis, yearBasisRules } from './certainty.ts';

/** Administering bodies of the program over time (see milestones.csv for the changes). */
export const ADMINISTRATORS = [
  {
    value: 'mra',
    label: {
      en: 'Ministry of IDPs from the Occupied Territories, Accommodation and Refugees of Georgia',
      ka: 'საქართველოს ოკუპირებული ტერიტორიებიდან იძულებით გადაადგილებულ პირთა, განსახლებისა და ლტოლვილთა სამინისტრო',
    },
  },
  {
    value: 'molhsa',
    label: {
      en: 'Ministry of IDPs from the Occupied Territories, Labour, Health and Social Affairs',
      ka: 'საქართველოს ოკუპირებული ტერიტორიებიდან დევნილთა, შრომის, ჯანმრთელობისა და სოციალური დაცვის სამინისტრო',
    },
  },
  {
    value: 'agency',
    label: {
      en: 'IDPs, Ecomigrants and Livelihood Agency',
      ka: 'დევნილთა, ეკომიგრანტთა და საარსებო წყაროებით უზრუნველყოფის სააგენტო',
    },
  },
] as const;

/** One row per program year: its period, budget and how many persons it served. */
export const programs = defineDataset({
  slug: 'programs',
  title: { en: 'Program years', ka: 'პროგრამის წლები' },
  description: {
    en: 'One row per year of the state program: its period, its budget in lari, the number of persons served and who ran it. Empty cells are not reported.',
    ka: 'სახელმწიფო პროგრამის თითო წელი ერთ სტრიქონად: პერიოდი, ბიუჯეტი ლარში, მომსახურებულ პირთა რაოდენობა და განმახორციელებელი. ცარიელი უჯრა ნიშნავს, რომ წყარო ამ მონაცემს არ ასახელებს.',
  },
  primaryKey: ['year'],
  foreignKeys: citingSources('source_id', 'other_source_ids', 'administered_by_source_id'),
  columns: {
    year: year({ label: { en: 'Year', ka: 'წელი' }, description: { en: 'The program year.', ka: 'პროგრამის წელი.' } }),
    ...period({
      optional: true,
      start: emptyIfNotReported({ en: 'First day of the program period', ka: 'პროგრამის პერიოდის პირველი დღე' }),
      end: emptyIfNotReported({ en: 'Last day of the program period', ka: 'პროგრამის პერიოდის ბოლო დღე' }),
      endExample: '2018-02-20',
    }),
    budget_gel: integer({
      optional: true,
      minimum: 0,
      display: 'money',
      unit: GEL,
      qualifiers: { comparison: 'budget_comparison', stage: 'budget_stage' },
      label: { en: 'Budget', ka: 'ბიუჯეტი' },
      description: {
        en: 'State budget allocated to the program for the year, in lari. Read it with budget_comparison: a lower bound ("more than") is not the amount itself.',
        ka: 'წლის განმავლობაში პროგრამისთვის სახელმწიფო ბიუჯეტიდან გამოყოფილი თანხა, ლარში. იკითხება budget_comparison-თან ერთად: ქვედა ზღვარი („-ზე მეტი“) თავად თანხა არ არის.',
      },
    }),
    persons_served: integer({
      optional: true, minimum: 0, unit: PERSONS, qualifiers: { comparison: 'persons_comparison', stage: 'persons_stage' }, example: '248',
      label: { en: 'Persons served', ka: 'მომსახურებული პირები' },
      description: emptyIfNotReported({ en: 'Persons who received one or more services', ka: 'პირები, რომლებმაც ერთი ან მეტი სერვისი მიიღეს' }),
    }),
    breakdown: oneOf({
      label: { en: 'Breakdown by service', ka: 'დაყოფა სერვისების მიხედვით' },
      description: {
        en: 'How the counts by service (beneficiaries.csv) relate to persons served: exact = they add up to it; overlapping = one person may be counted under several services; not_reported = no counts.',
        ka: 'როგორ შეესაბამება სერვისების მიხედვით რაოდენობები (beneficiaries.csv) მომსახურებულ პირებს: exact — ჯამი ზუსტად ემთხვევა; overlapping — ერთი პირი შეიძლება რამდენიმე სერვისში იყოს დათვლილი; not_reported — რაოდენობები არ არის.',
      },
      options: [...BREAKDOWN_EXACT_OR_OVERLAPPING, { value: 'not_reported', label: { en: 'not reported', ka: 'წყაროში არ არის' } }],
    }),
    service_directions: integer({
      optional: true, minimum: 0, unit: { en: 'directions', ka: 'მიმართულება' }, example: '4', label: { en: 'Service directions', ka: 'სერვისის მიმართულებები' },
      description: { en: 'How many services (grant directions) the year offered, as its source counts them.', ka: 'რამდენ სერვისს (საგრანტო მიმართულებას) სთავაზობდა პროგრამა იმ წელს, წყაროს მიხედვით.' },
    }),
    administered_by: oneOf({
      optional: true,
      label: { en: 'Administered by', ka: 'განმახორციელებელი' },
      description: { en: 'The body that ran the program that year (at its start).', ka: 'უწყება, რომელიც იმ წელს (წლის დასაწყისში) ახორციელებდა პროგრამას.' },
      options: ADMINISTRATORS,
    }),
    source_id: optionalSourceId({ en: 'the period, budget and counts', ka: 'პერიოდი, ბიუჯეტი და რაოდენობები' }),
    source_ref: sourceRef(),
    other_source_ids: otherSourceIds(),
    administered_by_source_id: optionalSourceId({ en: 'the administering body', ka: 'განმახორციელებელი' }),
    ...readerNote({ en: 'this year', ka: 'ამ წლის' }),
    // How sure the figures are (src/schemas/certainty.ts): added in December 2026, after the
    // columns above, whose meaning does not change.
    budget_comparison: comparison({ en: 'Budget', ka: 'ბიუჯეტი' }, 'the budget'),
    budget_stage: stage({ en: 'Budget', ka: 'ბიუჯეტი' }, 'the budget', ['allocated']),
    persons_comparison: comparison({ en: 'Persons served', ka: 'მომსახურებული პირები' }, 'the count of persons served'),
    persons_stage: stage({ en: 'Persons served', ka: 'მომსახურებული პირები' }, 'the count of persons served', ['served']),
    ...yearBasis(),
  },
  rowRules: (r) => [
    ...dateOrder(r.period_start, r.period_end, 'period_end'),
    ...qualifierRules(r.budget_gel, 'budget_gel', { comparison: r.budget_comparison, comparisonColumn: 'budget_comparison', stage: r.budget_stage, stageColumn: 'budget_stage' }),
    ...qualifierRules(r.persons_served, 'persons_served', { comparison: r.persons_comparison, comparisonColumn: 'persons_comparison', stage: r.persons_stage, stageColumn: 'persons_stage' }),
    ...yearBasisRules(r),
    ...(r.breakdown === 'exact' && r.persons_comparison !== null && r.persons_comparison !== 'exact'
      ? [{
          column: 'persons_comparison', code: 'inexact_total_in_exact_breakdown', found: r.persons_comparison,
          expected: { en: 'exact, because breakdown is "exact" (the counts by service add up to this total)', ka: 'exact, რადგან breakdown არის „exact“ (სერვისების რაოდენობები ამ ჯამს ზუსტად უდრის)' },
          hint: { en: 'a bound or an approximation cannot be the sum of exact counts; set breakdown to "not_reported" or "overlapping"', ka: 'ზღვარი ან მიახლოება ზუსტი რაოდენობების ჯამი ვერ იქნება; breakdown მიუთითეთ „not_reported“ ან „overlapping“' },
        }]
      : []),
    ...([r.period_start, r.period_end, r.budget_gel, r.persons_served, r.service_directions].some((v) => v !== null)
      ? requiredWhen(r.source_id, 'source_id', { en: 'the row has figures, and every figure needs its source', ka: 'სტრიქონში მონაცემებია, და ყველა მონაცემს წყარო სჭირდება' })
      : []),
    ...(r.administered_by !== null
      ? requiredWhen(r.administered_by_source_id, 'administered_by_source_id', { en: 'administered_by is filled', ka: 'administered_by შევსებულია' })
      : []),
    ...(r.breakdown === 'exact'
      ? requiredWhen(r.persons_served, 'persons_served', { en: 'breakdown is "exact"', ka: 'breakdown არის „exact“' })
      : []),
  ],
});
