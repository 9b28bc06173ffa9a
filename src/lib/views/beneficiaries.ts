/**
 * Page models for /beneficiaries/ and /services/: the breakdown checked against persons
 * served, the year × service matrix as a table model, each service's years, and IOM's own
 * projects with their overlapping counts. Pure: rows in, plain values and texts out.
 */
import type { Tables } from '../data/load.ts';
import { datasets } from '../../schemas/index.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import type { ChartSlice, SourceRef } from '../charts/slice.ts';
import { formatDateRange, formatNumber, notReported } from '../i18n/format.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';
import { t, tf, type StringKey } from '../i18n/strings/index.ts';
import { breakdownFor, serviceMatrix, yearsOffered, type MatrixState, type ServiceMatrix } from './services.ts';

/** "2015, 2017 and 2018" in the page's language. */
export function listYears(years: readonly number[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(years.map(String));
}

/** The "derived" mark as it runs in a sentence: "(derived)", lower case. */
export function derivedWord(locale: Locale): string {
  return t(locale, 'figure.derived').toLocaleLowerCase(intlLocale(locale));
}

// ─── The breakdown, checked against persons served ────────────────────────────────────────

/** How the counts by service compare with persons served. */
export type SumRelation = 'exact' | 'more' | 'fewer' | 'no_total' | 'incomplete';

export interface BreakdownCheck {
  year: number;
  personsServed: number | null;
  /** Sum of the counts by service (derived). */
  sum: number;
  relation: SumRelation;
}

/** Adds up the year's counts by service and compares the sum with persons served. */
export function breakdownCheck(tables: Pick<Tables, 'programs' | 'beneficiaries'>, year: number): BreakdownCheck | null {
  const b = breakdownFor(tables, year);
  if (!b || b.items.length === 0) return null;
  const relation: SumRelation = b.items.some((i) => i.persons === null)
    ? 'incomplete'
    : b.personsServed === null
      ? 'no_total'
      : b.sum === b.personsServed
        ? 'exact'
        : b.sum > b.personsServed
          ? 'more'
          : 'fewer';
  return { year, personsServed: b.personsServed, sum: b.sum, relation };
}

const SUM_KEYS: Record<SumRelation, StringKey> = {
  exact: 'beneficiaries.sumExact',
  more: 'beneficiaries.sumMore',
  fewer: 'beneficiaries.sumFewer',
  no_total: 'beneficiaries.sumNoTotal',
  incomplete: 'beneficiaries.sumIncomplete',
};

/** The sentence saying how the counts by service add up, with the sum marked as derived. */
export function breakdownCheckText(c: BreakdownCheck, locale: Locale): string {
  return tf(locale, SUM_KEYS[c.relation], {
    year: c.year,
    sum: formatNumber(c.sum, locale),
    total: c.personsServed === null ? notReported(locale) : formatNumber(c.personsServed, locale),
    derived: derivedWord(locale),
  });
}

// ─── The year × service matrix ────────────────────────────────────────────────────────────

export interface MatrixViewCell {
  year: number;
  state: MatrixState;
  persons: number | null;
  /** What the cell says (the symbol is drawn beside it). */
  text: string;
}

export interface MatrixViewRow {
  serviceId: string;
  name: string;
  cells: MatrixViewCell[];
}

export interface MatrixView {
  years: number[];
  rows: MatrixViewRow[];
  /** One entry per state, in the order the legend lists them. */
  legend: { state: MatrixState; label: string; meaning: string }[];
  /** Years with counts, with services but no counts, and with no list of services. */
  countedYears: number[];
  offeredOnlyYears: number[];
  unknownYears: number[];
}

/** Cell words: the same as the matrix slice's table and download (format-cell.ts). */
function stateText(state: MatrixState, persons: number | null, locale: Locale): string {
  switch (state) {
    case 'counted':
      return formatNumber(persons!, locale);
    case 'offered':
      return t(locale, 'service.offeredCountNotReported');
    case 'not_offered':
      return t(locale, 'service.notOffered');
    case 'unknown':
      return notReported(locale);
  }
}

const LEGEND: { state: MatrixState; meaning: StringKey }[] = [
  { state: 'counted', meaning: 'beneficiaries.legendCounted' },
  { state: 'offered', meaning: 'beneficiaries.legendOffered' },
  { state: 'not_offered', meaning: 'beneficiaries.legendNotOffered' },
  { state: 'unknown', meaning: 'beneficiaries.legendUnknown' },
];

function yearsWhere(m: ServiceMatrix, test: (states: MatrixState[]) => boolean): number[] {
  return m.years.filter((y) => test(m.serviceIds.map((s) => m.cells[s]![y]!.state)));
}

export function matrixView(tables: Pick<Tables, 'programs' | 'beneficiaries' | 'services'>, locale: Locale): MatrixView {
  const m = serviceMatrix(tables);
  return {
    years: m.years,
    rows: m.serviceIds.map((id) => {
      const s = tables.services.find((x) => x.service_id === id)!;
      return {
        serviceId: id,
        name: locale === 'ka' ? s.name_ka : s.name_en,
        cells: m.years.map((year) => {
          const c = m.cells[id]![year]!;
          return { year, state: c.state, persons: c.persons, text: stateText(c.state, c.persons, locale) };
        }),
      };
    }),
    legend: LEGEND.map((l) => ({
      state: l.state,
      // A counted cell shows its number; the legend names what it stands for.
      label: l.state === 'counted' ? t(locale, 'service.offered') : stateText(l.state, null, locale),
      meaning: t(locale, l.meaning),
    })),
    countedYears: yearsWhere(m, (s) => s.includes('counted')),
    offeredOnlyYears: yearsWhere(m, (s) => s.includes('offered') && !s.includes('counted')),
    unknownYears: yearsWhere(m, (s) => s.every((x) => x === 'unknown')),
  };
}

/** What the matrix says, year groups computed from its cells. */
export function matrixTakeaway(v: MatrixView, locale: Locale): string {
  const parts: string[] = [];
  if (v.countedYears.length) parts.push(tf(locale, 'beneficiaries.matrixCounted', { years: listYears(v.countedYears, locale) }));
  if (v.offeredOnlyYears.length) parts.push(tf(locale, 'beneficiaries.matrixOfferedOnly', { years: listYears(v.offeredOnlyYears, locale) }));
  if (v.unknownYears.length) parts.push(tf(locale, 'beneficiaries.matrixUnknown', { years: listYears(v.unknownYears, locale) }));
  return parts.join(' ');
}

// ─── Each service, for /services/ ─────────────────────────────────────────────────────────

export interface ServiceYear {
  year: number;
  state: 'counted' | 'offered';
  persons: number | null;
  note: Bilingual | null;
  ref: SourceRef;
}

export interface ServiceEntry {
  serviceId: string;
  name: Bilingual;
  description: Bilingual;
  /** Where the name and description come from. */
  ref: SourceRef;
  /** Years the service was offered (from the matrix). */
  yearsOffered: number[];
  /** Years with a reported count of persons. */
  countedYears: number[];
  /** One entry per year offered, oldest first, with its count, note and source. */
  years: ServiceYear[];
}

export function serviceCatalogue(tables: Pick<Tables, 'programs' | 'beneficiaries' | 'services'>): ServiceEntry[] {
  const m = serviceMatrix(tables);
  return tables.services.map((s) => {
    const offered = yearsOffered(m, s.service_id);
    return {
      serviceId: s.service_id,
      name: { ka: s.name_ka, en: s.name_en },
      description: { ka: s.description_ka, en: s.description_en },
      ref: { sourceId: s.source_id, ref: s.source_ref },
      yearsOffered: offered,
      countedYears: offered.filter((y) => m.cells[s.service_id]![y]!.state === 'counted'),
      years: offered.map((year) => {
        const row = tables.beneficiaries.find((b) => b.year === year && b.service_id === s.service_id)!;
        return {
          year,
          state: row.persons === null ? 'offered' : 'counted',
          persons: row.persons,
          note: row.note_ka !== null && row.note_en !== null ? { ka: row.note_ka, en: row.note_en } : null,
          ref: { sourceId: row.source_id, ref: row.source_ref },
        };
      }),
    };
  });
}

// ─── IOM's own projects (context) ─────────────────────────────────────────────────────────

const iomCategory = datasets.iom_assistance.columns.category.meta;
const iomUnit = datasets.iom_assistance.columns.unit.meta;
const iomProjectColumns = datasets.iom_projects.columns;

function optionLabel(meta: { options?: readonly { value: string; label: Bilingual }[] }, value: string): Bilingual {
  return meta.options?.find((o) => o.value === value)?.label ?? { ka: value, en: value };
}

export interface IomKind {
  category: string;
  label: Bilingual;
  count: number;
  unit: 'persons' | 'families';
}

export interface IomProjectView {
  projectId: string;
  name: Bilingual;
  periodStart: string;
  periodEnd: string;
  /** The project's totals as IOM gives them (null: not reported). */
  totals: { key: string; label: Bilingual; value: number | null }[];
  assisted: number;
  breakdown: 'exact' | 'overlapping';
  kinds: IomKind[];
  /** Sum of the counts in persons (derived); families are never added to it. */
  personsSum: number;
  /** Kinds counted in families, kept apart. */
  familyKinds: IomKind[];
  relation: 'exact' | 'more' | 'fewer';
  refs: SourceRef[];
}

export function iomProjectViews(tables: Pick<Tables, 'iom_projects' | 'iom_assistance'>): IomProjectView[] {
  return tables.iom_projects.map((p) => {
    const kinds: IomKind[] = tables.iom_assistance
      .filter((a) => a.project_id === p.project_id)
      .map((a) => ({ category: a.category, label: optionLabel(iomCategory, a.category), count: a.count, unit: a.unit }));
    const personsSum = kinds.filter((k) => k.unit === 'persons').reduce((s, k) => s + k.count, 0);
    const totalKeys = ['voluntary_returns', 'persons_reached', 'persons_registered', 'persons_assisted'] as const;
    return {
      projectId: p.project_id,
      name: { ka: p.name_ka, en: p.name_en },
      periodStart: p.period_start,
      periodEnd: p.period_end,
      totals: totalKeys.map((key) => ({ key, label: iomProjectColumns[key].meta.label, value: p[key] })),
      assisted: p.persons_assisted,
      breakdown: p.breakdown,
      kinds,
      personsSum,
      familyKinds: kinds.filter((k) => k.unit === 'families'),
      relation: personsSum === p.persons_assisted ? 'exact' : personsSum > p.persons_assisted ? 'more' : 'fewer',
      refs: [{ sourceId: p.source_id, ref: p.source_ref }],
    };
  });
}

export function iomPeriod(p: IomProjectView, locale: Locale): string {
  return formatDateRange(p.periodStart, p.periodEnd, locale);
}

const IOM_KEYS = { exact: 'beneficiaries.iomExact', more: 'beneficiaries.iomMore', fewer: 'beneficiaries.iomFewer' } as const;

/** How the counts by kind of help relate to the persons assisted (the sum is derived). */
export function iomOverlapText(p: IomProjectView, locale: Locale): string {
  return tf(locale, IOM_KEYS[p.relation], {
    sum: formatNumber(p.personsSum, locale),
    assisted: formatNumber(p.assisted, locale),
    derived: derivedWord(locale),
  });
}

/** One sentence per kind counted in families: it is not a count of persons. */
export function iomFamiliesTexts(p: IomProjectView, locale: Locale): string[] {
  return p.familyKinds.map((k) =>
    tf(locale, 'beneficiaries.iomFamilies', {
      kind: k.label[locale],
      count: `${formatNumber(k.count, locale)} ${optionLabel(iomUnit, 'families')[locale]}`,
    }),
  );
}

/**
 * An IOM slice (slices.ts, whose rows hold the category and unit codes) with the words the
 * reader sees: the kind of help and the unit in both languages, and `unit_note` naming the
 * unit only where it is not persons (so a chart writes "223 (families)"). Same id, rows,
 * figures and sources as the slice its download is made from.
 */
export function iomDisplaySlice(s: ChartSlice): ChartSlice {
  const label = (key: string) => s.columns.find((c) => c.key === key)?.label ?? { ka: key, en: key };
  return {
    ...s,
    columns: [
      { key: 'category', label: label('category'), kind: 'text' },
      { key: 'kind', label: label('category'), kind: 'localized' },
      { key: 'count', label: label('count'), kind: 'count' },
      { key: 'unit', label: label('unit'), kind: 'localized' },
      { key: 'unit_note', label: label('unit'), kind: 'localized' },
    ],
    rows: s.rows.map((r) => {
      const kind = optionLabel(iomCategory, String(r.category));
      const unit = optionLabel(iomUnit, String(r.unit));
      const other = r.unit !== 'persons';
      return {
        category: r.category ?? null,
        kind_ka: kind.ka,
        kind_en: kind.en,
        count: r.count ?? null,
        unit_ka: unit.ka,
        unit_en: unit.en,
        unit_note_ka: other ? unit.ka : null,
        unit_note_en: other ? unit.en : null,
      };
    }),
  };
}
