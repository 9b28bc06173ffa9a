import { bilingual, id, integer, oneOf } from './columns.ts';
import { figureUnit, stableId } from './common-columns.ts';
import { defineDataset, foreignKey } from './dataset.ts';
import { citingSources, sourceColumns } from './provenance.ts';
import { comparison, qualifierRules, stage } from './certainty.ts';

/**
 * Figures that someone stated without a year ("165 migrants in one year", "more than 200 a
 * year"). Shown as what was said and by whom; never charted or counted under a year.
 */
export const statements = defineDataset({
  slug: 'statements',
  title: { en: 'Statements without a year', ka: 'განცხადებები წლის მითითების გარეშე' },
  description: {
    en: 'Figures about the program that a minister, the ministry, the Agency or a news report stated without saying which year they belong to: who said it, what it counts, how sure it is. They are never placed under a year.',
    ka: 'პროგრამის შესახებ რიცხვები, რომლებიც მინისტრმა, სამინისტრომ, სააგენტომ ან მედიამ დაასახელა ისე, რომ არ თქვა, რომელ წელს ეკუთვნის: ვინ თქვა, რას ითვლის, რამდენად სანდოა. ისინი არც ერთ წელს არ მიეკუთვნება.',
  },
  primaryKey: ['statement_id'],
  foreignKeys: [...citingSources('source_id'), foreignKey('compare_with', 'statements', 'statement_id')],
  columns: {
    statement_id: stableId({ en: 'Statement', ka: 'განცხადება' }, { en: 'the statement', ka: 'განცხადების' }, 'dia-165'),
    ...bilingual('said_by', { label: { en: 'Said by', ka: 'ვინ თქვა' }, description: { en: 'Who made the statement, as the source reports it.', ka: 'ვინ გააკეთა განცხადება, წყაროს მიხედვით.' } }),
    ...bilingual('what', { label: { en: 'What was said', ka: 'რა ითქვა' }, description: { en: 'What the figure counts, in our words (the figure is in its own column).', ka: 'რას ითვლის რიცხვი, ჩვენი სიტყვებით (რიცხვი ცალკე სვეტშია).' } }),
    ...bilingual('period', { label: { en: 'Period it may cover', ka: 'პერიოდი, რომელსაც შეიძლება ეხებოდეს' }, description: { en: 'What can be said about its period, and why no year is given.', ka: 'რისი თქმა შეიძლება მის პერიოდზე და რატომ არ არის მითითებული წელი.' } }),
    figure: integer({
      minimum: 0, unitColumn: 'figure_unit', qualifiers: { comparison: 'figure_comparison', stage: 'figure_stage' }, example: '165',
      label: { en: 'Figure', ka: 'რიცხვი' },
      description: { en: 'The figure stated, in figure_unit; read it with figure_comparison and figure_stage.', ka: 'დასახელებული რიცხვი, figure_unit-ის ერთეულში; იკითხება figure_comparison-თან და figure_stage-თან ერთად.' },
    }),
    figure_unit: figureUnit(['persons', 'projects']),
    figure_comparison: comparison({ en: 'Figure', ka: 'რიცხვი' }, 'the figure'),
    figure_stage: stage({ en: 'Figure', ka: 'რიცხვი' }, 'the figure', ['planned', 'selected', 'served']),
    per_year: oneOf({
      label: { en: 'Said to be each year', ka: 'ნათქვამია, რომ ყოველწლიურია' },
      description: { en: 'yes = the figure is said to hold every year (a general claim tied to no year); no = said once, of an unnamed period.', ka: 'yes — ნათქვამია, რომ რიცხვი ყოველ წელს ასეა (ზოგადი მტკიცება, წელთან დაუკავშირებელი); no — ერთხელ ნათქვამი, დაუსახელებელი პერიოდის შესახებ.' },
      options: [{ value: 'yes', label: { en: 'each year', ka: 'ყოველწლიურად' } }, { value: 'no', label: { en: 'no', ka: 'არა' } }],
    }),
    compare_with: id({
      optional: true, example: 'exclusive-200-a-year', label: { en: 'Compare with', ka: 'შეადარეთ' },
      description: { en: 'Another statement that gives a different figure for the same thing: both are shown side by side.', ka: 'სხვა განცხადება, რომელიც იმავე საკითხზე სხვა რიცხვს ასახელებს: ორივე ერთმანეთის გვერდით ჩანს.' },
    }),
    ...sourceColumns(),
  },
  rowRules: (r) => qualifierRules(r.figure, 'figure', { comparison: r.figure_comparison, comparisonColumn: 'figure_comparison', stage: r.figure_stage, stageColumn: 'figure_stage' }),
});
