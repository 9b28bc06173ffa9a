/**
 * The program-year pages: one model per year in programs.csv (period, budget, persons served,
 * what the year offered, its milestones) and the index of all years.
 */
import type { Tables } from '../validation/load.ts';
import type { Row } from '../../schemas/index.ts';
import { programs as programsSchema } from '../../schemas/programs.ts';
import type { Bilingual } from '../../schemas/columns.ts';
import { programRefs, rowRef, uniqueSources, type SourceRef } from '../domain/provenance.ts';
import { chronological } from '../domain/milestones.ts';
import { programYears, programsWithServices } from '../domain/programs.ts';
import { serviceName } from '../domain/services.ts';
import { optionLabel } from '../../schemas/options.ts';
import { pair } from '../i18n/locales.ts';
import { findChart } from '../charts/registry.ts';
import { breakdownChartId } from '../charts/entries/breakdown.ts';
import type { RouteContext } from './context.ts';
import { figure, type Figure } from './figure.ts';
import { REACH_CHART_ID } from '../charts/entries/reach.ts';
import { publishedNarrative, type NarrativeEntry } from '../content/narratives.ts';
import { certaintyText } from '../i18n/qualified.ts';
import { accountsDisagree, callGroups, callsOfYear, resultsOfYear } from '../domain/later-years.ts';

const certaintyBoth = (p: Row<'programs'>): Bilingual => {
  const q = { comparison: p.budget_comparison, stage: p.budget_stage, yearBasis: p.year_basis, reason: { ka: p.year_basis_reason_ka, en: p.year_basis_reason_en } };
  return { ka: certaintyText(q, 'ka'), en: certaintyText(q, 'en') };
};

/** A year's grant calls, each with every source's account, and whether those accounts disagree. */
export interface YearCall {
  callId: string;
  accounts: Row<'grant_calls'>[];
  disagree: boolean;
}

/** Every program year, oldest first. */
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

/** A program year's period and headline figures, as both the year page and the years index show them. */
export interface YearFigures {
  year: number;
  /** Partial ISO dates; null when the sources do not report the period. */
  period: { start: string; end: string } | null;
  budget: number | null;
  budgetComparison: Row<'programs'>['budget_comparison'];
  personsServed: number | null;
  personsComparison: Row<'programs'>['persons_comparison'];
}

function yearFigures(p: Row<'programs'>): YearFigures {
  return {
    year: p.year,
    period: p.period_start !== null && p.period_end !== null ? { start: p.period_start, end: p.period_end } : null,
    budget: p.budget_gel,
    budgetComparison: p.budget_comparison,
    personsServed: p.persons_served,
    personsComparison: p.persons_comparison,
  };
}

export interface YearModel extends YearFigures {
  /** How sure the budget is, in words, in both languages (null where there is none). */
  budgetCertainty: Bilingual | null;
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

function offerOf(t: Pick<Tables, 'beneficiaries' | 'services'>, p: Row<'programs'>): YearOffer {
  const rows = t.beneficiaries.filter((b) => b.year === p.year);
  if (rows.some((r) => r.persons !== null)) return { kind: 'counts' };
  if (rows.length === 0) return { kind: 'none', directions: p.service_directions };
  return {
    kind: 'services',
    services: rows.map((r) => {
      return { serviceId: r.service_id, name: serviceName(t, r.service_id), note: pair(r.note_ka, r.note_en), refs: [rowRef(r)] };
    }),
  };
}

/** The model of one program year, or null if the year is not in programs.csv. */
export function yearModel(t: Pick<Tables, 'programs' | 'beneficiaries' | 'services' | 'milestones'>, year: number): YearModel | null {
  const p = t.programs.find((x) => x.year === year);
  if (!p) return null;
  const years = programYears(t);
  const i = years.indexOf(year);
  const admin = p.administered_by === null ? null : optionLabel(programsSchema.columns.administered_by, p.administered_by);
  return {
    ...yearFigures(p),
    budgetCertainty: p.budget_gel === null ? null : certaintyBoth(p),
    administeredBy: admin,
    note: pair(p.note_ka, p.note_en),
    refs: p.source_id ? [{ sourceId: p.source_id, ref: p.source_ref }] : [],
    budgetRefs: programRefs(p),
    administeredByRefs: p.administered_by_source_id ? [{ sourceId: p.administered_by_source_id, ref: null }] : [],
    offer: offerOf(t, p),
    milestones: chronological(t.milestones.filter((m) => m.program_year === year)),
    previous: years[i - 1] ?? null,
    next: years[i + 1] ?? null,
  };
}

export interface YearIndexRow extends YearFigures {
  /** Services listed for the year (0 when the sources list none). */
  servicesListed: number;
  /** The source's count of directions, where it lists none. */
  directions: number | null;
  refs: SourceRef[];
}

/** One row per program year for the index page, oldest first. */
export function yearsIndex(t: Pick<Tables, 'programs' | 'beneficiaries'>): YearIndexRow[] {
  return programsWithServices(t).map(({ program: p, rows }) => ({
    ...yearFigures(p),
    servicesListed: rows.length,
    directions: rows.length ? null : p.service_directions,
    refs: uniqueSources([...programRefs(p), ...rows.map(rowRef)]),
  }));
}

/** The /years/<year>/ page's model: the year's figures and, where it reports counts, its breakdown chart. */
export function yearPageModel(
  ctx: RouteContext,
  year: number,
): (YearModel & { breakdownFigure: Figure | null; calls: YearCall[]; results: Row<'grant_results'>[]; nothingPublished: boolean }) | null {
  const m = yearModel(ctx.tables, year);
  if (!m) return null;
  const entry = findChart(ctx.tables, breakdownChartId(year));
  const calls = callGroups(callsOfYear(ctx.tables, year)).map((g) => ({ ...g, disagree: accountsDisagree(g.accounts) }));
  const results = resultsOfYear(ctx.tables, year);
  const p = ctx.tables.programs.find((x) => x.year === year)!;
  const nothingPublished =
    [p.period_start, p.budget_gel, p.persons_served, p.service_directions].every((v) => v === null) &&
    calls.length === 0 && results.length === 0 && m.milestones.length === 0 && m.offer.kind === 'none';
  return { ...m, breakdownFigure: m.offer.kind === 'counts' && entry ? figure(ctx, entry.id) : null, calls, results, nothingPublished };
}

/** The /years/ page's model: a row per year, the people-reached chart, the whole timeline and the narratives' summaries. */
export function yearsIndexModel(ctx: RouteContext, narratives: readonly NarrativeEntry[]) {
  const rows = yearsIndex(ctx.tables);
  return {
    rows,
    reachFigure: figure(ctx, REACH_CHART_ID),
    timeline: chronological(ctx.tables.milestones),
    statements: ctx.tables.statements,
    overviews: rows.flatMap((r) => {
      const narrative = publishedNarrative(narratives, r.year, ctx.locale);
      return narrative ? [{ year: r.year, summary: narrative.data.summary }] : [];
    }),
  };
}
