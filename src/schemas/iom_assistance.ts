import { id, integer, oneOf } from './columns.ts';
import { defineDataset, foreignKey } from './dataset.ts';
import { citingSources, sourceColumns } from './provenance.ts';

/** IOM's counts by kind of help, per project. One person may appear under several kinds. */
export const iomAssistance = defineDataset({
  slug: 'iom_assistance',
  title: { en: 'IOM assistance by kind (context)', ka: 'IOM-ის დახმარება სახეების მიხედვით (კონტექსტი)' },
  description: {
    en: 'How many received each kind of help in IOM’s own projects. One person may have received several kinds, so the counts can add up to more than the persons assisted.',
    ka: 'რამდენმა მიიღო თითოეული სახის დახმარება IOM-ის პროექტებში. ერთ პირს შეიძლება რამდენიმე სახის დახმარება მიეღო, ამიტომ ჯამი შეიძლება დახმარებულ პირთა რაოდენობას აღემატებოდეს.',
  },
  primaryKey: ['project_id', 'category'],
  foreignKeys: [foreignKey('project_id', 'iom_projects', 'project_id'), ...citingSources('source_id')],
  columns: {
    project_id: id({ label: { en: 'Project', ka: 'პროექტი' }, description: { en: 'The project: a project_id in iom_projects.csv.', ka: 'პროექტი: project_id ფაილიდან iom_projects.csv.' }, example: 'eu-readmission-2014-2016' }),
    category: oneOf({
      label: { en: 'Kind of help', ka: 'დახმარების სახე' },
      description: { en: 'The kind of help, as IOM names it.', ka: 'დახმარების სახე, როგორც IOM ასახელებს.' },
      options: [
        { value: 'employment', label: { en: 'employment', ka: 'დასაქმება' } },
        { value: 'micro_business', label: { en: 'micro-business', ka: 'მიკრობიზნესი' } },
        { value: 'training', label: { en: 'training', ka: 'ტრენინგი' } },
        { value: 'vocational_training', label: { en: 'vocational training', ka: 'პროფესიული მომზადება' } },
        { value: 'medical', label: { en: 'medical', ka: 'სამედიცინო' } },
        { value: 'temporary_accommodation', label: { en: 'temporary accommodation', ka: 'დროებითი საცხოვრისი' } },
        { value: 'equipment', label: { en: 'technical (equipment) assistance', ka: 'ტექნიკური (აღჭურვილობით) დახმარება' } },
        { value: 'living_conditions', label: { en: 'living conditions', ka: 'საცხოვრებელი პირობები' } },
      ],
    }),
    count: integer({ minimum: 0, label: { en: 'Count', ka: 'რაოდენობა' }, description: { en: 'How many received this kind of help, in unit.', ka: 'რამდენმა მიიღო ეს დახმარება, unit-ის ერთეულში.' }, example: '202' }),
    unit: oneOf({
      label: { en: 'Unit', ka: 'ერთეული' },
      description: { en: 'What count counts: persons or families.', ka: 'რას ითვლის რაოდენობა: პირებს თუ ოჯახებს.' },
      options: [{ value: 'persons', label: { en: 'persons', ka: 'პირი' } }, { value: 'families', label: { en: 'families', ka: 'ოჯახი' } }],
    }),
    ...sourceColumns(),
  },
});
