import { bilingual, date, id, oneOf, text } from './columns.ts';
import { ANY_PRECISION, readerNote } from './common-columns.ts';
import { defineDataset } from './dataset.ts';

/** Every document or page that a figure on the site comes from. */
export const sources = defineDataset({
  slug: 'sources',
  title: { en: 'Sources', ka: 'წყაროები' },
  description: {
    en: 'Every document and web page that the published figures come from, with its kind, publisher, date and address.',
    ka: 'ყველა დოკუმენტი და ვებგვერდი, საიდანაც გამოქვეყნებული მონაცემებია აღებული: სახე, გამომცემელი, თარიღი და მისამართი.',
  },
  primaryKey: ['source_id'],
  columns: {
    source_id: id({
      example: 'report-2018-06', label: { en: 'Source ID', ka: 'წყაროს ID' },
      description: { en: 'Short stable identifier that data rows cite.', ka: 'მოკლე მუდმივი იდენტიფიკატორი, რომელსაც მონაცემთა სტრიქონები უთითებს.' },
    }),
    kind: oneOf({
      label: { en: 'Kind of source', ka: 'წყაროს სახე' },
      description: { en: 'The kind of source: who published it or whose it is.', ka: 'წყაროს ტიპი: ვინ გამოსცა ან ვის ეკუთვნის.' },
      options: [
        { value: 'report', label: { en: 'Report', ka: 'ანგარიში' } },
        { value: 'official', label: { en: 'Official', ka: 'ოფიციალური' } },
        { value: 'iom', label: { en: 'IOM', ka: 'IOM' } },
        { value: 'media', label: { en: 'Media', ka: 'მედია' } },
        { value: 'gazetteer', label: { en: 'Gazetteer', ka: 'გეოგრაფიული ცნობარი' } },
      ],
    }),
    ...bilingual('title', { label: { en: 'Title', ka: 'სათაური' }, description: { en: 'Title of the source.', ka: 'წყაროს სათაური.' } }),
    ...bilingual('publisher', {
      optional: true, label: { en: 'Publisher', ka: 'გამომცემელი' },
      description: { en: 'Who published it; empty where the source does not say.', ka: 'ვინ გამოსცა; ცარიელია, თუ წყარო არ ასახელებს.' },
    }),
    published: date({
      optional: true, precisions: ANY_PRECISION, label: { en: 'Date published', ka: 'გამოქვეყნების თარიღი' },
      description: { en: 'When it was published: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown.', ka: 'როდის გამოქვეყნდა: წწწწ-თთ-დდ, წწწწ-თთ ან წწწწ; ცარიელია, თუ უცნობია.' },
    }),
    language: oneOf({
      label: { en: 'Language', ka: 'ენა' },
      description: { en: 'Language of the source.', ka: 'წყაროს ენა.' },
      options: [
        { value: 'ka', label: { en: 'Georgian', ka: 'ქართული' } },
        { value: 'en', label: { en: 'English', ka: 'ინგლისური' } },
        { value: 'mixed', label: { en: 'Georgian and English', ka: 'ქართული და ინგლისური' } },
        { value: 'ru', label: { en: 'Russian', ka: 'რუსული' } },
      ],
    }),
    url: text({
      optional: true,
      pattern: /^https?:\/\/\S+$/,
      patternHint: { en: 'a web address starting with https:// or http://', ka: 'ვებმისამართი, რომელიც იწყება https:// ან http://' },
      label: { en: 'Address', ka: 'მისამართი' },
      description: { en: 'Web address of the source, where there is one.', ka: 'წყაროს ვებმისამართი, თუ არსებობს.' },
      example: 'https://migration.commission.ge/index.php?article_id=16',
    }),
    ...readerNote({ en: 'the source', ka: 'წყაროს' }),
  },
});
