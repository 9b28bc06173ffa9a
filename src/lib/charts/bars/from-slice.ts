/** A bar chart of one slice column: the layout and the text alternative that states every figure. */
import { formatCell } from '../format-cell.ts';
import type { Locale } from '../../i18n/locales.ts';
import { notReported } from '../../i18n/format.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { layoutBars, type BarLayout } from './layout.ts';
import { comparisonOf } from '../../i18n/qualified.ts';
import type { Stage } from '../../../schemas/certainty.ts';

export interface BarSpec {
  /** Column naming each bar. */
  label: string;
  /** Column holding the value. */
  value: string;
  /** Column shown in brackets after the value (e.g. a derived share). */
  extra?: string;
  /** Column holding each value's comparison code (a lower bound is drawn open-ended). */
  comparison?: string;
  /** Column holding each value's stage code (planned, selected, served: drawn outlined, striped, solid). */
  stage?: string;
  width?: number;
}

export interface BarChartModel {
  layout: BarLayout;
  description: string;
}

export function barsFromSlice(slice: ChartSlice, spec: BarSpec, locale: Locale): BarChartModel {
  const col = (key: string) => {
    const c = slice.columns.find((x) => x.key === key);
    if (!c) throw new Error(`Chart ${slice.id} has no column ${key}`);
    return c;
  };
  const labelCol = col(spec.label);
  const valueCol = col(spec.value);
  const extraCol = spec.extra ? col(spec.extra) : null;
  const items = slice.rows.map((row, i) => {
    const label = formatCell(labelCol, row, locale).text;
    const value = formatCell(valueCol, row, locale);
    const extra = extraCol ? formatCell(extraCol, row, locale) : null;
    const raw = row[valueCol.key];
    return {
      id: String(i),
      label,
      value: typeof raw === 'number' ? raw : null,
      valueLabel: extra && !extra.missing ? `${value.text} (${extra.text})` : value.text,
      comparison: spec.comparison ? comparisonOf(row[spec.comparison]) : null,
      stage: spec.stage ? ((row[spec.stage] as Stage | null) ?? null) : null,
    };
  });
  const layout = layoutBars(items, { missingLabel: notReported(locale), ...(spec.width ? { width: spec.width } : {}) });
  const description = `${slice.title[locale]}. ${items.map((i) => `${i.label}: ${i.value === null ? notReported(locale) : i.valueLabel}`).join('; ')}.`;
  return { layout, description };
}
