/**
 * "Getting help now": for a returned migrant who lands on the site — who can apply and what
 * help there is (as the official pages put it, with their addresses), who runs the program
 * today, and what the sources say about each mobility centre. Nothing here is typed in: the
 * addresses and dates come from sources.csv, mobility_centres.csv and milestones.csv, and no
 * phone number, address or opening hours is given that a source does not state.
 */
import type { Tables } from '../validation/load.ts';
import type { Row } from '../../schemas/index.ts';
import type { SourceRef } from '../domain/provenance.ts';

/** The official pages that describe who can apply, with their addresses and dates. */
const ELIGIBILITY_SOURCES = ['idp-reintegration', 'scmi-16'] as const;
/** The Agency's own page on the program. */
const AGENCY_SOURCE = 'idp-reintegration';
/** The IOM project under which the mobility centres worked, with its end date. */
const CENTRES_PROJECT = 'more-for-more-mra';

export interface HelpModel {
  eligibility: { source: Row<'sources'> }[];
  agency: { name: Row<'programs'>['administered_by']; source: Row<'sources'> | null; since: Row<'milestones'> | null };
  centresProject: Row<'milestones'> | null;
  centres: { centre: Row<'mobility_centres'>; refs: SourceRef[] }[];
}

export function helpModel(t: Pick<Tables, 'sources' | 'milestones' | 'mobility_centres' | 'programs'>): HelpModel {
  const source = (id: string) => t.sources.find((s) => s.source_id === id) ?? null;
  const latestAdmin = [...t.programs].filter((p) => p.administered_by !== null).sort((a, b) => b.year - a.year)[0];
  return {
    eligibility: ELIGIBILITY_SOURCES.map((id) => source(id)).filter((s): s is Row<'sources'> => s !== null).map((s) => ({ source: s })),
    agency: { name: latestAdmin?.administered_by ?? null, source: source(AGENCY_SOURCE), since: t.milestones.find((m) => m.milestone_id === 'transfer-agency') ?? null },
    centresProject: t.milestones.find((m) => m.milestone_id === CENTRES_PROJECT) ?? null,
    centres: t.mobility_centres.map((c) => ({
      centre: c,
      refs: [
        { sourceId: c.source_id, ref: c.source_ref },
        ...(c.address_source_id ? [{ sourceId: c.address_source_id, ref: null }] : []),
      ],
    })),
  };
}
