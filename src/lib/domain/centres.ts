/** The mobility centres as the sources describe them, and the program's institutional history. */
import type { Tables } from '../validation/load.ts';
import type { Row } from '../../schemas/index.ts';
import { mobilityCentres } from '../../schemas/mobility_centres.ts';
import { optionLabel } from '../../schemas/options.ts';
import { pair, type Bilingual } from '../i18n/locales.ts';
import { chronological } from './milestones.ts';
import { rowRef, type SourceRef } from './provenance.ts';

/** Milestone kinds that tell the centres' and the program's institutional history. */
export const HISTORY_KINDS: readonly Row<'milestones'>['kind'][] = ['project', 'handover', 'administration'];

export interface CentreView {
  id: string;
  city: Bilingual;
  region: Bilingual;
  /** null: not reported. */
  address: Bilingual | null;
  operator: Bilingual;
  namedInReport: boolean;
  note: Bilingual | null;
  /** Sources that name the centre: its main source first. */
  refs: SourceRef[];
  addressRefs: SourceRef[];
  coordinateRefs: SourceRef[];
}

/** The centres, those the report names first, each group in file order. */
export function centreViews(t: Pick<Tables, 'mobility_centres'>): CentreView[] {
  const views = t.mobility_centres.map((c) => ({
    id: c.centre_id,
    city: { ka: c.city_ka, en: c.city_en },
    region: { ka: c.region_ka, en: c.region_en },
    address: pair(c.address_ka, c.address_en),
    operator: optionLabel(mobilityCentres.columns.operator, c.operator),
    namedInReport: c.named_in_report === 'yes',
    note: pair(c.note_ka, c.note_en),
    refs: [rowRef(c), ...c.other_source_ids.map((sourceId) => ({ sourceId, ref: null }))],
    addressRefs: [{ sourceId: c.address_source_id, ref: null }],
    coordinateRefs: [{ sourceId: c.coordinates_source_id, ref: null }],
  }));
  return [...views.filter((v) => v.namedInReport), ...views.filter((v) => !v.namedInReport)];
}

/** The program's institutional history: the project, the handover, the administering bodies. */
export function programHistory(t: Pick<Tables, 'milestones'>): Row<'milestones'>[] {
  return chronological(t.milestones.filter((m) => HISTORY_KINDS.includes(m.kind)));
}
