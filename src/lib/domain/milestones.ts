/** How a milestone reads: its date at the precision the source gives, its title and figure. */
import type { Row } from '../../schemas/index.ts';
import { formatDateRange, formatPartialDate } from '../i18n/format.ts';
import { formatQualified } from '../i18n/qualified.ts';
import { displayOf } from '../../schemas/display.ts';
import { milestones } from '../../schemas/milestones.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/strings/index.ts';

export interface MilestoneText {
  when: string;
  title: string;
  figure: string | null;
}

export function milestoneText(m: Row<'milestones'>, locale: Locale): MilestoneText {
  const when = m.date_end ? formatDateRange(m.date, m.date_end, locale) : formatPartialDate(m.date, locale);
  let figure: string | null = null;
  if (m.figure !== null) {
    const unit = m.figure_unit === 'persons' ? ` ${t(locale, 'unit.persons')}` : m.figure_unit === 'projects' ? ` ${t(locale, 'unit.projects')}` : '';
    const n = formatQualified(m.figure, displayOf(milestones.columns.figure.meta, m), m.figure_qualifier, locale).text;
    figure = `${n}${unit}`;
  }
  return { when, title: m[`title_${locale}`], figure };
}

/** Milestones in date order, oldest first (partial dates sort by their first day). */
export function chronological(ms: readonly Row<'milestones'>[]): Row<'milestones'>[] {
  return [...ms].sort((a, b) => a.date.localeCompare(b.date) || a.milestone_id.localeCompare(b.milestone_id));
}
