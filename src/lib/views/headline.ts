/** The figures the home page leads with: the latest year that has data. */
import type { Tables } from '../data/load.ts';
import type { Row } from '../../schemas/index.ts';
import type { SourceRef } from '../charts/slice.ts';
import { formatGel, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { tf } from '../i18n/strings/index.ts';
import { budgetSeries } from './budget.ts';
import { breakdownFor, latestCountedYear } from './services.ts';

/** The latest program year with a budget or a count of persons served. */
export function latestYearWithData(t: Pick<Tables, 'programs'>): Row<'programs'> | null {
  const withData = t.programs.filter((p) => p.budget_gel !== null || p.persons_served !== null);
  return withData.sort((a, b) => b.year - a.year)[0] ?? null;
}

/** The latest year with persons served reported (the latest year may not have them yet). */
export function latestYearWithPersons(t: Pick<Tables, 'programs'>): Row<'programs'> | null {
  return t.programs.filter((p) => p.persons_served !== null).sort((a, b) => b.year - a.year)[0] ?? null;
}

export function servicesOffered(t: Pick<Tables, 'beneficiaries'>, year: number): string[] {
  return t.beneficiaries.filter((b) => b.year === year).map((b) => b.service_id);
}

// ─── The home page's model ────────────────────────────────────────────────────────────────

export interface HomeModel {
  latest: {
    year: number;
    budget: number | null;
    personsServed: number | null;
    servicesOffered: number | null;
    refs: SourceRef[];
    servicesRefs: SourceRef[];
  } | null;
  persons: { year: number; personsServed: number; refs: SourceRef[] } | null;
  budgetTakeaway: string;
  breakdownTakeaway: string | null;
  recent: Row<'milestones'>[];
}

const refsOf = (p: Row<'programs'>): SourceRef[] => [
  ...(p.source_id ? [{ sourceId: p.source_id, ref: p.source_ref }] : []),
  ...p.other_source_ids.map((sourceId) => ({ sourceId, ref: null })),
];

export function homeModel(t: Tables, locale: Locale): HomeModel {
  const latest = latestYearWithData(t);
  const withPersons = latestYearWithPersons(t);
  const offered = latest ? t.beneficiaries.filter((b) => b.year === latest.year) : [];
  const known = budgetSeries(t).filter((p) => p.budget !== null);
  const first = known[0];
  const last = known.at(-1);
  const countedYear = latestCountedYear(t);
  const b = countedYear === null ? null : breakdownFor(t, countedYear);
  const top = b?.items[0];
  const topName = top && t.services.find((s) => s.service_id === top.serviceId);
  return {
    latest: latest && {
      year: latest.year,
      budget: latest.budget_gel,
      personsServed: latest.persons_served,
      // Listed services are counted from the rows; a year without rows has no count to show.
      servicesOffered: offered.length ? offered.length : latest.service_directions,
      refs: refsOf(latest),
      servicesRefs: offered.length ? [...new Map(offered.map((o) => [o.source_id + (o.source_ref ?? ''), { sourceId: o.source_id, ref: o.source_ref }])).values()] : refsOf(latest),
    },
    persons: withPersons && withPersons.persons_served !== null ? { year: withPersons.year, personsServed: withPersons.persons_served, refs: refsOf(withPersons) } : null,
    budgetTakeaway:
      first && last
        ? tf(locale, 'home.budgetTakeaway', { from: first.year, to: last.year, fromValue: formatGel(first.budget!, locale), toValue: formatGel(last.budget!, locale) })
        : '',
    breakdownTakeaway:
      b && top && topName && top.persons !== null && b.personsServed !== null
        ? tf(locale, 'home.breakdownTakeaway', {
            year: b.year,
            service: locale === 'ka' ? topName.name_ka : topName.name_en,
            persons: formatNumber(top.persons, locale),
            total: formatNumber(b.personsServed, locale),
            share: top.share === null ? '' : formatPercent(top.share, locale),
          })
        : null,
    recent: [...t.milestones].sort((a, c) => c.date.localeCompare(a.date)).slice(0, 3),
  };
}
