import { bilingual, date, oneOf, text } from './columns.ts';
import { stableId } from './common-columns.ts';
import { defineDataset } from './dataset.ts';

/** The slugs a revision may name (every dataset but this log itself). */
export const DATASET_SLUGS = [
  'programs', 'beneficiaries', 'services', 'trainings', 'mobility_centres', 'milestones', 'grant_calls', 'grant_results', 'statements', 'iom_projects', 'iom_assistance', 'sources',
] as const;

/** How final a published value is. */
const STATUSES = [
  { value: 'provisional', label: { en: 'provisional', ka: 'წინასწარი' } },
  { value: 'final', label: { en: 'final', ka: 'საბოლოო' } },
  { value: 'revised', label: { en: 'revised', ka: 'შესწორებული' } },
] as const;

/** The log of changes to the published data: what changed, when and why. */
export const revisions = defineDataset({
  slug: 'revisions',
  title: { en: 'Revisions of the data', ka: 'მონაცემების ცვლილებები' },
  description: {
    en: 'Every change to the published data: the date, the dataset, which row and column, what changed and why, and whether the value is provisional, final or revised.',
    ka: 'გამოქვეყნებული მონაცემების ყველა ცვლილება: თარიღი, მონაცემთა ნაკრები, რომელი სტრიქონი და სვეტი, რა შეიცვალა და რატომ, და მნიშვნელობა წინასწარია, საბოლოო თუ შესწორებული.',
  },
  primaryKey: ['revision_id'],
  columns: {
    revision_id: stableId({ en: 'Revision ID', ka: 'ცვლილების ID' }, { en: 'the change', ka: 'ცვლილების' }, '2026-11-25-first-release'),
    date: date({ label: { en: 'Date', ka: 'თარიღი' }, description: { en: 'When the change was published.', ka: 'როდის გამოქვეყნდა ცვლილება.' }, example: '2026-11-25' }),
    dataset: oneOf({
      label: { en: 'Dataset', ka: 'მონაცემთა ნაკრები' },
      description: { en: 'The file that changed (its name without .csv).', ka: 'ფაილი, რომელიც შეიცვალა (სახელი .csv-ის გარეშე).' },
      options: DATASET_SLUGS.map((value) => ({ value, label: { en: `${value}.csv`, ka: `${value}.csv` } })),
    }),
    row_key: text({
      optional: true, example: '2018', label: { en: 'Row', ka: 'სტრიქონი' },
      description: { en: 'The key of the row that changed (e.g. 2018, or 2017/medical); empty when the change concerns the whole file.', ka: 'შეცვლილი სტრიქონის გასაღები (მაგ. 2018 ან 2017/medical); ცარიელია, თუ ცვლილება მთელ ფაილს ეხება.' },
    }),
    column: text({
      optional: true, example: 'budget_gel', label: { en: 'Column', ka: 'სვეტი' },
      description: { en: 'The column that changed; empty for a whole row or file.', ka: 'შეცვლილი სვეტი; ცარიელია, თუ ცვლილება მთელ სტრიქონს ან ფაილს ეხება.' },
    }),
    status: oneOf({
      label: { en: 'Status of the values', ka: 'მნიშვნელობების სტატუსი' },
      description: { en: 'provisional = may still change; final = as the source gives it; revised = corrected after publication.', ka: 'provisional — შეიძლება შეიცვალოს; final — როგორც წყარო იძლევა; revised — შესწორებულია გამოქვეყნების შემდეგ.' },
      options: STATUSES,
    }),
    ...bilingual('change', { label: { en: 'What changed', ka: 'რა შეიცვალა' }, description: { en: 'What changed, in a sentence.', ka: 'რა შეიცვალა, ერთი წინადადებით.' } }),
    ...bilingual('reason', { label: { en: 'Why', ka: 'რატომ' }, description: { en: 'Why it changed.', ka: 'რატომ შეიცვალა.' } }),
  },
});
