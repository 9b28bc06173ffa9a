/**
 * The release calendar (data/release_calendar.csv): what the project plans to publish and when,
 * as the UK Code of Practice asks (orderly release, dates announced ahead). Not a published
 * dataset of the program: it describes the releases themselves, so it is validated here and
 * drawn on /releases/ and in releases.ics, not frozen into a release.
 */
import { date, id, oneOf, text } from './columns.ts';
import { defineDataset } from './dataset.ts';

export const CALENDAR_STATUSES = ['provisional', 'confirmed', 'published', 'postponed', 'cancelled'] as const;

export const releaseCalendar = defineDataset({
  slug: 'release_calendar',
  title: { en: 'Release calendar', ka: 'გამოქვეყნების კალენდარი' },
  description: {
    en: 'Each planned and past release of the data: its date or month, what it brings, and its status.',
    ka: 'მონაცემების ყოველი დაგეგმილი და გამოქვეყნებული ვერსია: თარიღი ან თვე, რას მოიცავს და რა სტატუსი აქვს.',
  },
  primaryKey: ['entry_id'],
  columns: {
    entry_id: id({ label: { en: 'Entry ID', ka: 'ჩანაწერის ID' }, description: { en: 'Short stable identifier (also the calendar event’s UID).', ka: 'მოკლე მუდმივი იდენტიფიკატორი (კალენდრის მოვლენის UID-იც).' }, example: 'annual-2027' }),
    date: date({
      precisions: ['day', 'month'],
      label: { en: 'Date or month', ka: 'თარიღი ან თვე' },
      description: { en: 'The day (YYYY-MM-DD) or, while the day is not yet set, the month (YYYY-MM).', ka: 'დღე (წწწწ-თთ-დდ) ან, სანამ დღე დადგენილი არ არის, თვე (წწწწ-თთ).' },
      example: '2027-11',
    }),
    version: text({
      optional: true,
      label: { en: 'Version', ka: 'ვერსია' },
      description: { en: 'The release number, once published (releases/<version>/).', ka: 'ვერსიის ნომერი, გამოქვეყნების შემდეგ (releases/<version>/).' },
      example: '1.0.0',
    }),
    status: oneOf({
      label: { en: 'Status', ka: 'სტატუსი' },
      description: {
        en: 'provisional = planned, date may move; confirmed = date fixed; published; postponed; cancelled.',
        ka: 'provisional — დაგეგმილია, თარიღი შეიძლება შეიცვალოს; confirmed — თარიღი დადგენილია; published — გამოქვეყნებულია; postponed — გადადებულია; cancelled — გაუქმებულია.',
      },
      options: [
        { value: 'provisional', label: { en: 'provisional', ka: 'წინასწარი' } },
        { value: 'confirmed', label: { en: 'confirmed', ka: 'დადასტურებული' } },
        { value: 'published', label: { en: 'published', ka: 'გამოქვეყნებული' } },
        { value: 'postponed', label: { en: 'postponed', ka: 'გადადებული' } },
        { value: 'cancelled', label: { en: 'cancelled', ka: 'გაუქმებული' } },
      ],
    }),
    what_ka: text({ label: { en: 'What is planned (Georgian)', ka: 'რა იგეგმება (ქართულად)' }, description: { en: 'What the release brings, in Georgian.', ka: 'რას მოიცავს ვერსია, ქართულად.' } }),
    what_en: text({ label: { en: 'What is planned (English)', ka: 'რა იგეგმება (ინგლისურად)' }, description: { en: 'What the release brings, in English.', ka: 'რას მოიცავს ვერსია, ინგლისურად.' } }),
    reason_ka: text({ optional: true, label: { en: 'Reason (Georgian)', ka: 'მიზეზი (ქართულად)' }, description: { en: 'Why it was postponed or cancelled, in Georgian.', ka: 'რატომ გადაიდო ან გაუქმდა, ქართულად.' } }),
    reason_en: text({ optional: true, label: { en: 'Reason (English)', ka: 'მიზეზი (ინგლისურად)' }, description: { en: 'Why it was postponed or cancelled, in English.', ka: 'რატომ გადაიდო ან გაუქმდა, ინგლისურად.' } }),
  },
  rowRules: (r) => {
    const problems = [];
    if ((r.status === 'postponed' || r.status === 'cancelled') && (!r.reason_ka || !r.reason_en))
      problems.push({
        column: r.reason_ka ? 'reason_en' : 'reason_ka',
        code: 'reason_missing',
        expected: { en: `a reason in both languages for a ${r.status} release`, ka: 'მიზეზი ორივე ენაზე გადადებული ან გაუქმებული ვერსიისთვის' },
        found: 'an empty cell',
      });
    if (r.status === 'published' && !r.version)
      problems.push({ column: 'version', code: 'version_missing', expected: { en: 'the version of the published release', ka: 'გამოქვეყნებული ვერსიის ნომერი' }, found: 'an empty cell' });
    return problems;
  },
});
