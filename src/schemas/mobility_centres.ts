import { bilingual, decimal, oneOf } from './columns.ts';
import { emptyIfNotReported, readerNote, stableId } from './common-columns.ts';
import { defineDataset } from './dataset.ts';
import { citingSources, otherSourceIds, sourceColumns, sourceId } from './provenance.ts';

/** The mobility centres that served returning migrants, with their addresses and locations. */
export const mobilityCentres = defineDataset({
  slug: 'mobility_centres',
  title: { en: 'Mobility centres', ka: 'მობილურობის ცენტრები' },
  description: {
    en: 'The mobility centres that served returning migrants: city, region, address, location on the map and who ran them.',
    ka: 'მობილურობის ცენტრები, რომლებიც დაბრუნებულ მიგრანტებს ემსახურებოდა: ქალაქი, რეგიონი, მისამართი, მდებარეობა რუკაზე და განმახორციელებელი.',
  },
  primaryKey: ['centre_id'],
  foreignKeys: citingSources('source_id', 'other_source_ids', 'address_source_id', 'coordinates_source_id'),
  columns: {
    centre_id: stableId({ en: 'Centre ID', ka: 'ცენტრის ID' }, { en: 'the centre', ka: 'ცენტრის' }, 'kutaisi'),
    ...bilingual('city', { label: { en: 'City', ka: 'ქალაქი' }, description: { en: 'City of the centre.', ka: 'ცენტრის ქალაქი.' } }),
    ...bilingual('region', { label: { en: 'Region', ka: 'რეგიონი' }, description: { en: 'Region of Georgia.', ka: 'საქართველოს რეგიონი.' } }),
    ...bilingual('address', { optional: true, label: { en: 'Address', ka: 'მისამართი' }, description: emptyIfNotReported({ en: 'Street address', ka: 'ქუჩის მისამართი' }) }),
    latitude: decimal({
      minimum: -90, maximum: 90, unit: { en: 'degrees north (WGS 84)', ka: 'გრადუსი, ჩრდილოეთ განედი (WGS 84)' }, example: '42.26791',
      label: { en: 'Latitude', ka: 'განედი' }, description: { en: 'Latitude of the city, in decimal degrees.', ka: 'ქალაქის განედი, ათწილად გრადუსებში.' },
    }),
    longitude: decimal({
      minimum: -180, maximum: 180, unit: { en: 'degrees east (WGS 84)', ka: 'გრადუსი, აღმოსავლეთ გრძედი (WGS 84)' }, example: '42.69459',
      label: { en: 'Longitude', ka: 'გრძედი' }, description: { en: 'Longitude of the city, in decimal degrees.', ka: 'ქალაქის გრძედი, ათწილად გრადუსებში.' },
    }),
    operator: oneOf({
      label: { en: 'Operator', ka: 'განმახორციელებელი' },
      description: { en: 'Who ran the centre.', ka: 'ვინ მართავდა ცენტრს.' },
      options: [{ value: 'iom', label: { en: 'International Organization for Migration (IOM)', ka: 'მიგრაციის საერთაშორისო ორგანიზაცია (IOM)' } }],
    }),
    named_in_report: oneOf({
      label: { en: 'Named in the report', ka: 'ნახსენებია ანგარიშში' },
      description: { en: 'Whether the 06/2018 report names this centre (yes/no).', ka: 'ასახელებს თუ არა ამ ცენტრს 06/2018 ანგარიში (yes/no).' },
      options: [{ value: 'yes', label: { en: 'yes', ka: 'დიახ' } }, { value: 'no', label: { en: 'no', ka: 'არა' } }],
    }),
    ...sourceColumns(),
    other_source_ids: otherSourceIds(),
    address_source_id: sourceId({ en: 'the address', ka: 'მისამართი' }),
    coordinates_source_id: sourceId({ en: 'the coordinates', ka: 'კოორდინატები' }),
    ...readerNote({ en: 'the centre', ka: 'ცენტრის' }),
  },
});
