/**
 * The /beneficiaries/ page's model: the latest breakdown with how its counts add up, the year ×
 * service matrix, and IOM's own projects (context) with their overlapping counts.
 */
import { breakdownCheck, latestCountedYear, type BreakdownCheck, type SumRelation } from '../domain/breakdown.ts';
import { iomProjects, type IomProject } from '../domain/iom.ts';
import { breakdownChartId } from '../charts/entries/breakdown.ts';
import { derivedWord, formatNumber, notReported } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { tf, type StringKey } from '../i18n/strings/index.ts';
import type { RouteContext } from './context.ts';
import { figure, type Figure } from './figure.ts';

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

// ─── Each service, for /services/ ─────────────────────────────────────────────────────────

export interface BeneficiariesModel {
  breakdownFigure: Figure | null;
  /** How the latest breakdown's counts add up to persons served (the sum is derived). */
  sumText: string | null;
  matrixFigure: Figure;
  iom: { project: IomProject; figure: Figure }[];
}

export function beneficiariesModel(ctx: RouteContext): BeneficiariesModel {
  const year = latestCountedYear(ctx.tables);
  const check = year === null ? null : breakdownCheck(ctx.tables, year);
  return {
    breakdownFigure: year === null ? null : figure(ctx, breakdownChartId(year)),
    sumText: check ? breakdownCheckText(check, ctx.locale) : null,
    matrixFigure: figure(ctx, 'services-by-year'),
    iom: iomProjects(ctx.tables).map((project) => ({ project, figure: figure(ctx, project.projectId) })),
  };
}
