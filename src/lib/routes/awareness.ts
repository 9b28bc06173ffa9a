/**
 * The awareness-raising trainings as a timeline: in date order, each dated only as precisely
 * as the source dates it. A training the source places "in the reporting period" gets those
 * words and the period's last month, never a made-up date.
 */
import type { Tables } from '../validation/load.ts';
import { datasets, type Row } from '../../schemas/index.ts';
import { optionLabel } from '../../schemas/options.ts';
import type { SourceRef } from '../domain/provenance.ts';
import { formatDateRange, formatPartialDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';

type Training = Row<'trainings'>;

/** A piece of the "when" text: plain words, or a date a `<time datetime>` can carry. */
export type WhenPart = string | { text: string; datetime: string };

export interface TrainingView {
  id: string;
  title: string;
  /** When, in words; date parts carry a machine-readable `datetime`. */
  when: WhenPart[];
  /** How precisely the source dates it (the schema's date_precision). */
  precision: Training['date_precision'];
  organiser: string;
  /** The organiser as the Georgian source writes it, shown beside the English name. */
  organiserOriginal: string | null;
  place: string | null;
  audience: string | null;
  topics: string[];
  role: Training['division_role'];
  roleLabel: string;
  ref: SourceRef;
}

const columns = datasets.trainings.columns;

/** The label of an option of a `oneOf` column, in `locale`. */
function option(column: (typeof columns)['division_role' | 'date_precision'], value: string, locale: Locale): string {
  return optionLabel(column, value)[locale];
}

/** The last day a partial date can stand for: '2018-06' → '2018-06-30', '2018' → '2018-12-31'. */
function lastDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return value;
  const date = new Date(Date.UTC(y, m ?? 12, 0));
  return date.toISOString().slice(0, 10);
}

const PRECISION_RANK: Record<Training['date_precision'], number> = { day: 0, month: 1, year: 2, reporting_period: 3 };

/**
 * The latest day a training can have taken place: its last day, or the end of the month or
 * year the source gives, or the end of the reporting period that mentions it.
 */
export function latestPossibleDay(r: Training): string {
  if (r.date_precision === 'reporting_period' || r.date_start === null) return lastDay(r.reported_as_of);
  return lastDay(r.date_end ?? r.date_start);
}

/**
 * Trainings in date order: by the latest day each can have taken place, the more precisely
 * dated first on a tie (a training known only to fall within a reporting period goes after
 * the dated ones in it), then in file order.
 */
export function trainingsInOrder(rows: readonly Training[]): Training[] {
  return [...rows].sort(
    (a, b) => latestPossibleDay(a).localeCompare(latestPossibleDay(b)) || PRECISION_RANK[a.date_precision] - PRECISION_RANK[b.date_precision],
  );
}

/**
 * When the training took place, as precisely as the source says: '11–15 June 2018', or
 * 'during the reporting period (to June 2018)' built from `reported_as_of`.
 */
export function trainingWhen(r: Training, locale: Locale): WhenPart[] {
  if (r.date_precision === 'reporting_period' || r.date_start === null) {
    const words = option(columns.date_precision, 'reporting_period', locale);
    const [before = '', after = ''] = t(locale, 'awareness.periodEnd').split('{date}');
    return [`${words} ${before}`, { text: formatPartialDate(r.reported_as_of, locale, 'term'), datetime: r.reported_as_of }, after];
  }
  const text = r.date_end && r.date_end !== r.date_start ? formatDateRange(r.date_start, r.date_end, locale) : formatPartialDate(r.date_start, locale);
  return [{ text, datetime: r.date_start }];
}

/** The "when" parts as one string (for tests and text alternatives). */
export function whenText(parts: readonly WhenPart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

export function trainingView(r: Training, locale: Locale): TrainingView {
  const pick = (ka: string | null, en: string | null) => ({ ka, en })[locale];
  return {
    id: r.training_id,
    title: pick(r.title_ka, r.title_en)!,
    when: trainingWhen(r, locale),
    precision: r.date_precision,
    organiser: pick(r.organiser_ka, r.organiser_en)!,
    organiserOriginal: locale === 'ka' ? null : r.organiser_ka,
    place: pick(r.place_ka, r.place_en),
    audience: pick(r.audience_ka, r.audience_en),
    topics: pick(r.topics_ka, r.topics_en)!
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      // Each topic starts its own list item; Georgian script has no capitals to add.
      .map((s) => (locale === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s)),
    role: r.division_role,
    roleLabel: option(columns.division_role, r.division_role, locale),
    ref: { sourceId: r.source_id, ref: r.source_ref },
  };
}

/** The column label of the division's role, from the schema. */
export function roleColumnLabel(locale: Locale): string {
  return columns.division_role.meta.label[locale];
}

export function trainingsTimeline(tables: Pick<Tables, 'trainings'>, locale: Locale): TrainingView[] {
  return trainingsInOrder(tables.trainings).map((r) => trainingView(r, locale));
}
