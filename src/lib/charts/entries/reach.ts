/** People reached by year, with what each figure counts: planned, selected, served (bars styled by stage). */
import type { Tables } from '../../validation/load.ts';
import { reachByYear } from '../../domain/later-years.ts';
import { uniqueSources } from '../../domain/provenance.ts';
import { certaintyText } from '../../i18n/qualified.ts';
import { t } from '../../i18n/strings/index.ts';
import { STAGES } from '../../../schemas/certainty.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { chartEntry, type BarEntry } from '../entry.ts';
import { missingNotes, YEAR_COLUMN } from './notes.ts';

export const REACH_CHART_ID = 'people-by-year';

function reachSlice(tables: Tables): ChartSlice {
  const points = reachByYear(tables);
  const stageLabel = (s: string) => STAGES.find((x) => x.value === s)!.label;
  return {
    id: REACH_CHART_ID,
    title: { ka: t('ka', 'reach.title'), en: t('en', 'reach.title') },
    columns: [
      { key: 'label', label: { en: 'Year and stage', ka: 'წელი და ეტაპი' }, kind: 'localized' },
      YEAR_COLUMN,
      { key: 'stage', label: { en: 'Stage (code)', ka: 'ეტაპი (კოდი)' }, kind: 'code' },
      { key: 'what', label: { en: 'What', ka: 'რა' }, kind: 'localized' },
      { key: 'persons', label: { en: 'Returned migrants', ka: 'დაბრუნებული მიგრანტები' }, kind: 'count', comparisonKey: 'comparison' },
      { key: 'comparison', label: { en: 'How exact (code)', ka: 'სიზუსტე (კოდი)' }, kind: 'code' },
      { key: 'certainty', label: { en: 'How sure', ka: 'რამდენად სანდოა' }, kind: 'localized' },
    ],
    rows: points.map((p) => {
      const sure = (l: 'ka' | 'en') => (p.persons === null ? null : certaintyText({ comparison: p.comparison, stage: p.stage, yearBasis: p.yearBasis, reason: p.yearBasisReason }, l));
      const twin = points.filter((x) => x.year === p.year && x.stage === p.stage && x.persons !== null).length > 1;
      const label = (l: 'ka' | 'en') => {
        if (p.persons === null) return String(p.year);
        const year = p.yearBasis === 'inferred' ? `${p.year} (${t(l, 'certainty.yearInferred')})` : String(p.year);
        return `${year} · ${stageLabel(p.stage)[l]}${twin && p.by ? ` · ${p.by[l]}` : ''}`;
      };
      return {
        label_ka: label('ka'),
        label_en: label('en'),
        year: p.year,
        stage: p.persons === null ? null : p.stage,
        what_ka: p.what.ka || null,
        what_en: p.what.en || null,
        persons: p.persons,
        comparison: p.comparison,
        certainty_ka: sure('ka'),
        certainty_en: sure('en'),
      };
    }),
    sources: uniqueSources(points.flatMap((p) => (p.sourceId ? [{ sourceId: p.sourceId, ref: p.sourceRef }] : []))),
    provenance: points.map((p) => ({ year: p.year, sources: p.sourceId ? [{ sourceId: p.sourceId, ref: p.sourceRef }] : [] })),
  };
}

export function reachChart(tables: Tables): BarEntry {
  const slice = reachSlice(tables);
  const has = (stage: string) => slice.rows.some((r) => r.stage === stage);
  return chartEntry<BarEntry>(slice, {
    kind: 'bars',
    page: '/years/',
    spec: { label: 'label', value: 'persons', comparison: 'comparison', stage: 'stage' },
    table: { hide: ['year', 'stage', 'comparison'], rowHeader: 'label' },
    takeaway: (locale) => t(locale, 'reach.takeaway'),
    notes: (locale) => [
      ...(has('served') ? [t(locale, 'reach.keyServed')] : []),
      ...(has('selected') ? [t(locale, 'reach.keySelected')] : []),
      ...(has('planned') ? [t(locale, 'reach.keyPlanned')] : []),
      ...(slice.rows.some((r) => r.comparison === 'at_most') ? [t(locale, 'certainty.upperBoundKey')] : []),
      ...(slice.rows.some((r) => r.comparison === 'at_least') ? [t(locale, 'certainty.lowerBoundKey')] : []),
      ...missingNotes(slice, 'persons', locale),
      ...(tables.grant_calls.some((c) => c.planned_unit === 'projects') ? [t(locale, 'reach.projectsNote')] : []),
      ...(tables.statements.length ? [t(locale, 'reach.undatedNote')] : []),
    ],
  });
}
