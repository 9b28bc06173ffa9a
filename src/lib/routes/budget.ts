/** The /budget/ page's model: the budget chart, its change, the budget per person, what each year paid for. */
import { budgetPerPerson, spendingByYear, type YearSpending } from '../domain/budget.ts';
import { serviceName } from '../domain/services.ts';
import { formatGel, formatNumber } from '../i18n/format.ts';
import { tf } from '../i18n/strings/index.ts';
import type { RouteContext } from './context.ts';
import { figure, type Figure } from './figure.ts';

export interface BudgetModel {
  budgetFigure: Figure;
  changeFigure: Figure;
  /** One sentence per year that reports budget and persons served (derived). */
  perPerson: string[];
  /** Each year with the names of the services it offered, in the page's language. */
  spending: (YearSpending & { serviceNames: string[]; directionsText: string | null })[];
}

export function budgetModel(ctx: RouteContext): BudgetModel {
  const { tables, locale } = ctx;
  return {
    budgetFigure: figure(ctx, 'budget-by-year'),
    changeFigure: figure(ctx, 'budget-change'),
    perPerson: budgetPerPerson(tables).map((p) =>
      tf(locale, 'budget.perPerson', { year: p.year, value: formatGel(Math.round(p.value), locale), budget: formatGel(p.budget, locale), persons: formatNumber(p.persons, locale) }),
    ),
    spending: spendingByYear(tables).map((y) => ({
      ...y,
      serviceNames: y.serviceIds.map((id) => serviceName(tables, id)[locale]),
      directionsText: y.directions === null ? null : tf(locale, 'budget.directions', { count: formatNumber(y.directions, locale) }),
    })),
  };
}
