/** The /mobility-centres/ page's model: the map, each centre, the program's history and where its accounts differ. */
import { centreViews, programHistory, type CentreView } from '../domain/centres.ts';
import type { Row } from '../../schemas/index.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { tf } from '../i18n/strings/index.ts';
import { sourceTitle } from '../domain/provenance.ts';
import type { RouteContext } from './context.ts';
import { figure, type Figure } from './figure.ts';
import { dateDisagreements } from './sources.ts';

export interface CentresPageModel {
  mapFigure: Figure;
  centres: CentreView[];
  /** Field names as the map's data table labels them. */
  labels: { region: string; address: string; operator: string };
  history: Row<'milestones'>[];
  /** Disagreements about the events in this history (the "More for More" start date), each account in words. */
  disagreements: { event: string; accounts: { milestoneId: string; text: string }[] }[];
}

export function mobilityCentresModel(ctx: RouteContext): CentresPageModel {
  const { tables, locale } = ctx;
  const mapFigure = figure(ctx, 'mobility-centres');
  const label = (key: string) => {
    const c = mapFigure.view.slice.columns.find((x) => x.key === key);
    if (!c) throw new Error(`The centres map has no column ${key}`);
    return c.label[locale];
  };
  const history = programHistory(tables);
  const ids = new Set(history.map((m) => m.milestone_id));
  const title = (id: string) => sourceTitle(tables.sources, id, locale);
  return {
    mapFigure,
    centres: centreViews(tables),
    labels: { region: label('region'), address: label('address'), operator: label('operator') },
    history,
    disagreements: dateDisagreements(tables)
      .filter((d) => d.accounts.some((m) => ids.has(m.milestone_id)))
      .map((d) => ({
        event: d.event,
        accounts: d.accounts.map((m) => ({ milestoneId: m.milestone_id, text: tf(locale, 'centres.account', { date: formatPartialDate(m.date, locale), source: title(m.source_id) }) })),
      })),
  };
}
