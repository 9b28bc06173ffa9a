import { bilingual, date, integer, oneOf, year } from './columns.ts';
import { ANY_PRECISION, datePrecision, figureUnit, stableId } from './common-columns.ts';
import { defineDataset, foreignKey } from './dataset.ts';
import { citingSources, sourceColumns } from './provenance.ts';
import { dateOrder, precisionMatches, requiredWhen } from './rules.ts';

/** Dated events in the program's history, each with at most one figure. */
export const milestones = defineDataset({
  slug: 'milestones',
  title: { en: 'Milestones', ka: 'მნიშვნელოვანი მოვლენები' },
  description: {
    en: 'Dated events in the history of the program: periods, budget announcements, grant agreements, the handover from IOM to the state, changes of the administering body and later reports.',
    ka: 'პროგრამის ისტორიის დათარიღებული მოვლენები: პერიოდები, ბიუჯეტის გამოცხადება, საგრანტო ხელშეკრულებები, ცენტრების ფუნქციების IOM-იდან სახელმწიფოსთვის გადაცემა, განმახორციელებელი უწყების ცვლილება და შემდგომი ცნობები.',
  },
  primaryKey: ['milestone_id'],
  foreignKeys: [foreignKey('program_year', 'programs', 'year'), ...citingSources('source_id')],
  columns: {
    milestone_id: stableId({ en: 'Milestone ID', ka: 'მოვლენის ID' }, { en: 'the event', ka: 'მოვლენის' }, 'grants-2018'),
    date: date({
      precisions: ANY_PRECISION, example: '2018-04-24', label: { en: 'Date', ka: 'თარიღი' },
      description: { en: 'When it happened, to the precision in date_precision.', ka: 'როდის მოხდა, date_precision-ის სიზუსტით.' },
    }),
    date_end: date({
      optional: true, precisions: ANY_PRECISION, example: '2018-02-20', label: { en: 'End date', ka: 'დასრულების თარიღი' },
      description: { en: 'For an event that lasted: when it ended.', ka: 'თუ მოვლენა გარკვეულ პერიოდს მოიცავდა: როდის დასრულდა.' },
    }),
    date_precision: datePrecision({ en: 'How precisely the source dates the event.', ka: 'რა სიზუსტით ათარიღებს წყარო მოვლენას.' }),
    kind: oneOf({
      label: { en: 'Kind of event', ka: 'მოვლენის სახე' },
      description: { en: 'What sort of event it is.', ka: 'რა სახის მოვლენაა.' },
      options: [
        { value: 'project', label: { en: 'project', ka: 'პროექტი' } },
        { value: 'program', label: { en: 'program', ka: 'პროგრამა' } },
        { value: 'budget', label: { en: 'budget', ka: 'ბიუჯეტი' } },
        { value: 'agreement', label: { en: 'grant agreement', ka: 'საგრანტო ხელშეკრულება' } },
        { value: 'handover', label: { en: 'handover to the state', ka: 'სახელმწიფოსთვის გადაცემა' } },
        { value: 'administration', label: { en: 'change of administering body', ka: 'განმახორციელებლის ცვლილება' } },
        { value: 'media', label: { en: 'media report', ka: 'მედიის ცნობა' } },
      ],
    }),
    ...bilingual('title', { label: { en: 'Event', ka: 'მოვლენა' }, description: { en: 'What happened, without its figure (the figure is in its own column).', ka: 'რა მოხდა, რიცხვის გარეშე (რიცხვი ცალკე სვეტშია).' } }),
    figure: integer({
      optional: true,
      minimum: 0,
      unitColumn: 'figure_unit',
      label: { en: 'Figure', ka: 'რიცხვი' },
      description: { en: 'The figure the event reports, if any, in figure_unit.', ka: 'მოვლენის რიცხვი, თუ აქვს, figure_unit-ის ერთეულში.' },
      example: '185',
    }),
    figure_unit: figureUnit(['gel', 'persons', 'projects'], { optional: true }),
    figure_qualifier: oneOf({
      optional: true,
      label: { en: 'Figure is', ka: 'რიცხვი არის' },
      description: { en: 'Whether the source gives the figure exactly, approximately or as a ceiling.', ka: 'წყარო რიცხვს ზუსტად, მიახლოებით თუ ზედა ზღვრად იძლევა.' },
      options: [
        { value: 'exact', label: { en: 'exact', ka: 'ზუსტი' } },
        { value: 'about', label: { en: 'about', ka: 'დაახლოებით' } },
        { value: 'up_to', label: { en: 'up to', ka: 'არაუმეტეს' } },
      ],
    }),
    program_year: year({
      optional: true,
      label: { en: 'Program year', ka: 'პროგრამის წელი' },
      description: { en: 'The program year the event belongs to, if any (a year in programs.csv).', ka: 'პროგრამის წელი, რომელსაც მოვლენა ეკუთვნის (წელი ფაილიდან programs.csv).' },
    }),
    ...sourceColumns(),
  },
  rowRules: (r) => {
    const withFigure = { en: 'the row has a figure', ka: 'სტრიქონს რიცხვი აქვს' };
    return [
      ...precisionMatches(r.date, r.date_precision, 'date'),
      ...precisionMatches(r.date_end, r.date_precision, 'date_end'),
      ...dateOrder(r.date, r.date_end, 'date_end'),
      ...(r.figure !== null
        ? [...requiredWhen(r.figure_unit, 'figure_unit', withFigure), ...requiredWhen(r.figure_qualifier, 'figure_qualifier', withFigure)]
        : []),
    ];
  },
});
