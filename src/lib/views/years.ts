/**
 * The program-year pages: one model per year in programs.csv (period, budget, persons served,
 * what the year offered, its milestones) and the index of all years.
 */
import type { Tables } from '../data/load.ts';
import type { Row } from '../../schemas/index.ts';
import { programs as programsSchema } from '../../schemas/programs.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import type { SourceRef } from '../charts/slice.ts';
import { uniqueSources } from '../charts/slice.ts';
import { chronological } from './milestones.ts';
import { breakdownFor } from './services.ts';

/** Every program year, oldest first. */
export function programYears(t: Pick<Tables, 'programs'>): number[] {
  return t.programs.map((p) => p.year).sort((a, b) => a - b);
}

export interface OfferedService {
  serviceId: string;
  name: Bilingual;
  /** How the source describes the service that year, where it differs. */
  note: Bilingual | null;
  refs: SourceRef[];
}

/**
 * What the year offered, as precisely as the sources say:
 * - `counts`: beneficiaries by service are reported (draw the breakdown chart);
 * - `services`: the services are listed, without counts;
 * - `none`: no list (the source may still count the directions).
 */
export type YearOffer =
  | { kind: 'counts' }
  | { kind: 'services'; services: OfferedService[] }
  | { kind: 'none'; directions: number | null };

export interface YearModel {
  year: number;
  /** Partial ISO dates; null when the sources do not report the period. */
  period: { start: string; end: string } | null;
  budget: number | null;
  personsServed: number | null;
  administeredBy: Bilingual | null;
  note: Bilingual | null;
  /** The main source of the year's period and counts. */
  refs: SourceRef[];
  /** Sources of the budget: the main source and the others that give the same amount. */
  budgetRefs: SourceRef[];
  administeredByRefs: SourceRef[];
  offer: YearOffer;
  /** Milestones whose program_year is this year, oldest first. */
  milestones: Row<'milestones'>[];
  previous: number | null;
  next: number | null;
}

const pair = (ka: string | null, en: string | null): Bilingual | null => (ka && en ? { ka, en } : null);

export function refsOfProgram(p: Row<'programs'>): SourceRef[] {
  return [...(p.source_id ? [{ sourceId: p.source_id, ref: p.source_ref }] : []), ...p.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))];
}

function offerOf(t: Pick<Tables, 'beneficiaries' | 'services'>, p: Row<'programs'>): YearOffer {
  const rows = t.beneficiaries.filter((b) => b.year === p.year);
  if (rows.some((r) => r.persons !== null)) return { kind: 'counts' };
  if (rows.length === 0) return { kind: 'none', directions: p.service_directions };
  return {
    kind: 'services',
    services: rows.map((r) => {
      const s = t.services.find((x) => x.service_id === r.service_id);
      if (!s) throw new Error(`beneficiaries.csv: unknown service ${r.service_id}`);
      return { serviceId: r.service_id, name: { ka: s.name_ka, en: s.name_en }, note: pair(r.note_ka, r.note_en), refs: [{ sourceId: r.source_id, ref: r.source_ref }] };
    }),
  };
}

/** The model of one program year, or null if the year is not in programs.csv. */
export function yearModel(t: Pick<Tables, 'programs' | 'beneficiaries' | 'services' | 'milestones'>, year: number): YearModel | null {
  const p = t.programs.find((x) => x.year === year);
  if (!p) return null;
  const years = programYears(t);
  const i = years.indexOf(year);
  const admin = p.administered_by === null ? null : programsSchema.columns.administered_by.meta.options!.find((o) => o.value === p.administered_by)!.label;
  return {
    year,
    period: p.period_start !== null && p.period_end !== null ? { start: p.period_start, end: p.period_end } : null,
    budget: p.budget_gel,
    personsServed: p.persons_served,
    administeredBy: admin,
    note: pair(p.note_ka, p.note_en),
    refs: p.source_id ? [{ sourceId: p.source_id, ref: p.source_ref }] : [],
    budgetRefs: refsOfProgram(p),
    administeredByRefs: p.administered_by_source_id ? [{ sourceId: p.administered_by_source_id, ref: null }] : [],
    offer: offerOf(t, p),
    milestones: chronological(t.milestones.filter((m) => m.program_year === year)),
    previous: years[i - 1] ?? null,
    next: years[i + 1] ?? null,
  };
}

export interface YearIndexRow {
  year: number;
  period: { start: string; end: string } | null;
  budget: number | null;
  personsServed: number | null;
  /** Services listed for the year (0 when the sources list none). */
  servicesListed: number;
  /** The source's count of directions, where it lists none. */
  directions: number | null;
  refs: SourceRef[];
}

/** One row per program year for the index page, oldest first. */
export function yearsIndex(t: Pick<Tables, 'programs' | 'beneficiaries'>): YearIndexRow[] {
  return [...t.programs]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      const rows = t.beneficiaries.filter((b) => b.year === p.year);
      return {
        year: p.year,
        period: p.period_start !== null && p.period_end !== null ? { start: p.period_start, end: p.period_end } : null,
        budget: p.budget_gel,
        personsServed: p.persons_served,
        servicesListed: rows.length,
        directions: rows.length ? null : p.service_directions,
        refs: uniqueSources([...refsOfProgram(p), ...rows.map((r) => ({ sourceId: r.source_id, ref: r.source_ref }))]),
      };
    });
}

export interface BreakdownSummary {
  total: number;
  top: { serviceId: string; name: Bilingual; persons: number; share: number | null };
}

/**
 * The year's largest service and the total served, for the breakdown chart's takeaway; null
 * when the year has no counts or no total.
 */
export function breakdownSummary(t: Pick<Tables, 'programs' | 'beneficiaries' | 'services'>, year: number): BreakdownSummary | null {
  const b = breakdownFor(t, year);
  const top = b?.items[0];
  if (!b || !top || top.persons === null || b.personsServed === null) return null;
  const s = t.services.find((x) => x.service_id === top.serviceId);
  if (!s) return null;
  return { total: b.personsServed, top: { serviceId: top.serviceId, name: { ka: s.name_ka, en: s.name_en }, persons: top.persons, share: top.share } };
}
