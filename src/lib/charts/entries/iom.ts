/** IOM's own projects: one chart per project of its help by kind (counts overlap; context). */
import type { Tables } from '../../validation/load.ts';
import { iomProjects, type IomProject } from '../../domain/iom.ts';
import { rowRef, uniqueSources } from '../../domain/provenance.ts';
import { datasets } from '../../../schemas/index.ts';
import { optionLabel } from '../../../schemas/options.ts';
import { derivedWord, formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t, tf } from '../../i18n/strings/index.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { chartEntry, type BarEntry } from '../entry.ts';

const category = datasets.iom_assistance.columns.category;
const unit = datasets.iom_assistance.columns.unit;
const RELATION_KEYS = { exact: 'beneficiaries.iomExact', more: 'beneficiaries.iomMore', fewer: 'beneficiaries.iomFewer' } as const;

/** How the counts by kind of help relate to the persons assisted (the sum is derived). */
export function iomOverlapText(p: IomProject, locale: Locale): string {
  return tf(locale, RELATION_KEYS[p.relation], { sum: formatNumber(p.personsSum, locale), assisted: formatNumber(p.assisted, locale), derived: derivedWord(locale) });
}

/** One sentence per kind counted in families: it is not a count of persons. */
export function iomFamiliesTexts(p: IomProject, locale: Locale): string[] {
  return p.familyKinds.map((k) =>
    tf(locale, 'beneficiaries.iomFamilies', { kind: k.label[locale], count: `${formatNumber(k.count, locale)} ${optionLabel(unit, 'families')[locale]}` }),
  );
}

export function iomCharts(tables: Tables): BarEntry[] {
  const projects = new Map(iomProjects(tables).map((p) => [p.projectId, p]));
  return tables.iom_projects.map((p) => {
    const rows = tables.iom_assistance.filter((a) => a.project_id === p.project_id);
    const project = projects.get(p.project_id)!;
    const labels = {
      category: { en: 'Kind of help', ka: 'დახმარების სახე' },
      count: { en: 'Count', ka: 'რაოდენობა' },
      unit: { en: 'Unit', ka: 'ერთეული' },
    };
    // The download keeps the codes; the drawing and table show their words, and name the
    // unit only where it is not persons ("223 (families)").
    const slice: ChartSlice = {
      id: p.project_id,
      title: { en: p.name_en, ka: p.name_ka },
      columns: [
        { key: 'category', label: labels.category, kind: 'text' },
        { key: 'count', label: labels.count, kind: 'count' },
        { key: 'unit', label: labels.unit, kind: 'text' },
      ],
      rows: rows.map((a) => ({ category: a.category, count: a.count, unit: a.unit })),
      sources: uniqueSources([rowRef(p), ...rows.map(rowRef)]),
    };
    const shown: ChartSlice = {
      ...slice,
      columns: [
        { key: 'category', label: labels.category, kind: 'text' },
        { key: 'kind', label: labels.category, kind: 'localized' },
        { key: 'count', label: labels.count, kind: 'count' },
        { key: 'unit', label: labels.unit, kind: 'localized' },
        { key: 'unit_note', label: labels.unit, kind: 'localized' },
      ],
      rows: rows.map((a) => {
        const kind = optionLabel(category, a.category);
        const u = optionLabel(unit, a.unit);
        const other = a.unit !== 'persons';
        return { category: a.category, kind_ka: kind.ka, kind_en: kind.en, count: a.count, unit_ka: u.ka, unit_en: u.en, unit_note_ka: other ? u.ka : null, unit_note_en: other ? u.en : null };
      }),
    };
    return chartEntry<BarEntry>(slice, {
      kind: 'bars',
      shown,
      page: '/beneficiaries/',
      spec: { label: 'kind', value: 'count', extra: 'unit_note' },
      table: { hide: ['category', 'unit_note'], rowHeader: 'kind' },
      takeaway: (locale) => iomOverlapText(project, locale),
      // The takeaway's sum is derived.
      notes: (locale) => [...iomFamiliesTexts(project, locale), t(locale, 'figure.derivedKey')],
    });
  });
}
