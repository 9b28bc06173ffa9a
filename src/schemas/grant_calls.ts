import { date, id, integer, oneOf, year } from './columns.ts';
import { ANY_PRECISION, GEL, readerNote } from './common-columns.ts';
import { defineDataset, foreignKey } from './dataset.ts';
import { citingSources, otherSourceIds, sourceId, sourceRef } from './provenance.ts';
import { dateOrder } from './rules.ts';
import { comparison, qualifierRules, yearBasis, yearBasisRules } from './certainty.ts';

/**
 * The program's grant calls as each source reports them: one row per call and source, so that
 * where two sources disagree (150 against "up to 200" grantees; a deadline of 4 or of 5 April)
 * both stand side by side, each with its own source. A plan announced at a call is not a result
 * (results are in grant_results.csv).
 */
export const grantCalls = defineDataset({
  slug: 'grant_calls',
  title: { en: 'Grant calls', ka: 'საგრანტო კონკურსები' },
  description: {
    en: 'The calls for applications of the program from 2020 on, one row per call and source: when it opened, the deadline, how many grantees or projects it planned (with how exact the source is), the largest grant. Where sources disagree, each has its own row.',
    ka: 'პროგრამის საგრანტო კონკურსები 2020 წლიდან, თითო სტრიქონი თითო კონკურსსა და წყაროზე: როდის გამოცხადდა, ბოლო ვადა, რამდენი ბენეფიციარის ან პროექტის დაფინანსება იგეგმებოდა (და რამდენად ზუსტად ამბობს ამას წყარო), ყველაზე დიდი გრანტი. სადაც წყაროები ერთმანეთს არ ემთხვევა, თითოეულს საკუთარი სტრიქონი აქვს.',
  },
  primaryKey: ['call_id', 'source_id'],
  foreignKeys: [foreignKey('year', 'programs', 'year'), ...citingSources('source_id', 'other_source_ids')],
  columns: {
    call_id: id({ label: { en: 'Call', ka: 'კონკურსი' }, description: { en: 'Short stable identifier of the call; rows of several sources share it.', ka: 'კონკურსის მოკლე მუდმივი იდენტიფიკატორი; სხვადასხვა წყაროს სტრიქონებს ერთი აქვს.' }, example: 'call-2021' }),
    source_id: sourceId(),
    year: year({ label: { en: 'Program year', ka: 'პროგრამის წელი' }, description: { en: 'The program year of the call (a year in programs.csv).', ka: 'კონკურსის პროგრამის წელი (წელი ფაილიდან programs.csv).' } }),
    ...yearBasis(),
    opened: date({
      optional: true, precisions: ANY_PRECISION, example: '2021-03-16', label: { en: 'Opened', ka: 'გამოცხადდა' },
      description: { en: 'When the call opened, as this source gives it; empty if it does not.', ka: 'როდის გამოცხადდა კონკურსი, ამ წყაროს მიხედვით; ცარიელია, თუ არ ასახელებს.' },
    }),
    deadline: date({
      optional: true, example: '2021-04-04', label: { en: 'Deadline', ka: 'ბოლო ვადა' },
      description: { en: 'The last day for applications, as this source gives it.', ka: 'განაცხადების მიღების ბოლო დღე, ამ წყაროს მიხედვით.' },
    }),
    planned: integer({
      optional: true, minimum: 0, unitColumn: 'planned_unit', display: 'count', qualifiers: { comparison: 'planned_comparison' }, example: '200',
      label: { en: 'Planned', ka: 'დაგეგმილი' },
      description: { en: 'How many grantees or projects the call planned to fund (a plan, not a result), in planned_unit; read it with planned_comparison.', ka: 'რამდენი ბენეფიციარის ან პროექტის დაფინანსება იგეგმებოდა (გეგმა და არა შედეგი), planned_unit-ის ერთეულში; იკითხება planned_comparison-თან ერთად.' },
    }),
    planned_unit: oneOf({
      optional: true, label: { en: 'Planned: unit', ka: 'დაგეგმილი: ერთეული' }, description: { en: 'What the planned figure counts.', ka: 'რას ითვლის დაგეგმილი რიცხვი.' },
      options: [{ value: 'persons', label: { en: 'grantees', ka: 'ბენეფიციარი' } }, { value: 'projects', label: { en: 'projects', ka: 'პროექტი' } }],
    }),
    planned_comparison: comparison({ en: 'Planned', ka: 'დაგეგმილი' }, 'the planned figure'),
    max_grant_gel: integer({
      optional: true, minimum: 0, display: 'money', unit: GEL, qualifiers: { comparison: 'max_grant_comparison' }, example: '4000',
      label: { en: 'Largest grant', ka: 'მაქსიმალური გრანტი' },
      description: { en: 'The most one grant may be under the call, in lari: the ceiling itself (exact when the source states it).', ka: 'ერთი გრანტის ზედა ზღვარი ამ კონკურსში, ლარში: თავად ზღვარი (exact, როცა წყარო მას ასახელებს).' },
    }),
    max_grant_comparison: comparison({ en: 'Largest grant', ka: 'მაქსიმალური გრანტი' }, 'the largest grant'),
    source_ref: sourceRef(),
    other_source_ids: otherSourceIds(),
    ...readerNote({ en: "this source's account of the call", ka: 'ამ წყაროს ცნობის' }),
  },
  rowRules: (r) => [
    ...dateOrder(r.opened, r.deadline, 'deadline'),
    ...qualifierRules(r.planned, 'planned', { comparison: r.planned_comparison, comparisonColumn: 'planned_comparison' }),
    ...qualifierRules(r.planned, 'planned', { comparison: r.planned_unit, comparisonColumn: 'planned_unit' }),
    ...qualifierRules(r.max_grant_gel, 'max_grant_gel', { comparison: r.max_grant_comparison, comparisonColumn: 'max_grant_comparison' }),
    ...(r.year_basis === null
      ? [{ column: 'year_basis', code: 'required', expected: { en: 'stated or inferred: every call says how its year is known', ka: 'stated ან inferred: ყოველმა კონკურსმა უნდა თქვას, საიდან არის ცნობილი მისი წელი' }, found: '' }]
      : []),
    ...yearBasisRules(r),
  ],
});
