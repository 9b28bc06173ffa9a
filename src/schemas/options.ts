/**
 * The label of a coded value (an enum column's option) in both languages. Every place that
 * shows a code reads its words here; a code the column does not declare is a build error,
 * never shown raw or silently.
 */
import type { Bilingual, ColumnMeta } from './columns.ts';

export function optionLabel(column: { meta: Pick<ColumnMeta, 'options' | 'label'> }, value: string): Bilingual {
  const option = column.meta.options?.find((o) => o.value === value);
  if (!option) throw new Error(`Unknown code "${value}" for the column “${column.meta.label.en}”: it is not one of its options`);
  return option.label;
}
