/** The provenance columns every data row carries, declared once. */
import { id, idList, text } from './columns.ts';
import type { ForeignKey } from './dataset.ts';

/** Foreign keys of the columns that cite sources.csv (each holds source_id values). */
export const citingSources = (...fields: string[]): ForeignKey[] => fields.map((field) => ({ field, resource: 'sources', resourceField: 'source_id' }));

const sourceIdDoc = (what?: { en: string; ka: string }) => ({
    label: what ? { en: `Source of ${what.en}`, ka: `წყარო: ${what.ka}` } : { en: 'Source', ka: 'წყარო' },
    description: {
      en: `Identifier of the source${what ? ` of ${what.en}` : ''}: a source_id in sources.csv.`,
      ka: `წყაროს იდენტიფიკატორი${what ? ` (${what.ka})` : ''}: source_id ფაილიდან sources.csv.`,
    },
    example: 'report-2018-06',
  });

export const sourceId = (what?: { en: string; ka: string }) =>
  id({ ...sourceIdDoc(what) });

/**
 * A source column that may stay empty while its row holds no figure yet (a year scaffolded
 * by `npm run new-year`); the dataset's row rules require it as soon as a figure is filled.
 */
export const optionalSourceId = (what?: { en: string; ka: string }) => id({ ...sourceIdDoc(what), optional: true });

export const sourceRef = (what?: { en: string; ka: string }) =>
  text({
    optional: true,
    label: what ? { en: `Place in source of ${what.en}`, ka: `ადგილი წყაროში: ${what.ka}` } : { en: 'Place in source', ka: 'ადგილი წყაროში' },
    description: {
      en: 'Where in the source the figure stands: a line of the report (L3, L6–L9) or a section of the page.',
      ka: 'სად დგას მონაცემი წყაროში: ანგარიშის სტრიქონი (L3, L6–L9) ან გვერდის ნაწილი.',
    },
    example: 'L3',
  });

/** `source_id` and `source_ref`: the row's source and where in it the figures stand. */
export const sourceColumns = () => ({ source_id: sourceId(), source_ref: sourceRef() });

export const otherSourceIds = () =>
  idList({
    label: { en: 'Other sources that agree', ka: 'სხვა წყაროები, რომლებიც ემთხვევა' },
    description: {
      en: 'Further sources that give the same figures, as source_id values separated by ;.',
      ka: 'დამატებითი წყაროები, რომლებიც იგივე მონაცემებს იძლევა; source_id მნიშვნელობები, გამოყოფილი ;-ით.',
    },
  });
