/** The home page's model: the latest year's figures, the two lead charts, the latest events. */
import { latestCountedYear } from '../domain/breakdown.ts';
import { programRefs, rowRef, uniqueSources, type SourceRef } from '../domain/provenance.ts';
import { latestYearWithData, latestYearWithPersons } from '../domain/programs.ts';
import { breakdownChartId } from '../charts/entries/breakdown.ts';
import { chartById } from '../charts/registry.ts';
import { REACH_CHART_ID } from '../charts/entries/reach.ts';
import { localizePath } from '../i18n/urls.ts';
import type { Row } from '../../schemas/index.ts';
import type { RouteContext } from './context.ts';
import { figure, type Figure } from './figure.ts';

import { homeHeadline, type HeadlineItem } from './home-headline.ts';
import { t as tr } from '../i18n/strings/index.ts';

export interface HomeModel {
  /** The latest known value of each measure, with its year and certainty. */
  headline: HeadlineItem[];
  /** Where each measure's chart of every year is: the budget's on this page, the persons' on its own. */
  chartLinks: Partial<Record<HeadlineItem['measure'], { href: string; label: string; of: string }>>;
  latest: {
    year: number;
    budget: number | null;
    personsServed: number | null;
    servicesOffered: number | null;
    refs: SourceRef[];
    servicesRefs: SourceRef[];
  } | null;
  persons: { year: number; personsServed: number; refs: SourceRef[] } | null;
  budgetFigure: Figure;
  breakdownFigure: Figure | null;
  recent: Row<'milestones'>[];
}

export function homeModel(ctx: RouteContext): HomeModel {
  const t = ctx.tables;
  const latest = latestYearWithData(t);
  const withPersons = latestYearWithPersons(t);
  const offered = latest ? t.beneficiaries.filter((b) => b.year === latest.year) : [];
  const countedYear = latestCountedYear(t);
  const budgetFigure = figure(ctx, 'budget-by-year');
  return {
    headline: homeHeadline(t, ctx.locale),
    chartLinks: {
      budget: { href: `#${budgetFigure.view.id}`, label: tr(ctx.locale, 'home.toChart'), of: tr(ctx.locale, 'home.budget') },
      persons: { href: localizePath(`${chartById(t, REACH_CHART_ID).page}#${REACH_CHART_ID}`, ctx.locale, ctx.base), label: tr(ctx.locale, 'home.toChart'), of: tr(ctx.locale, 'home.personsServed') },
    },
    latest: latest && {
      year: latest.year,
      budget: latest.budget_gel,
      personsServed: latest.persons_served,
      // Listed services are counted from the rows; a year without rows has no count to show.
      servicesOffered: offered.length ? offered.length : latest.service_directions,
      refs: programRefs(latest),
      servicesRefs: offered.length ? uniqueSources(offered.map(rowRef)) : programRefs(latest),
    },
    persons: withPersons && withPersons.persons_served !== null ? { year: withPersons.year, personsServed: withPersons.persons_served, refs: programRefs(withPersons) } : null,
    budgetFigure,
    breakdownFigure: countedYear === null ? null : figure(ctx, breakdownChartId(countedYear)),
    recent: [...t.milestones].sort((a, c) => c.date.localeCompare(a.date)).slice(0, 3),
  };
}
