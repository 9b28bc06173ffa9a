/** The year × service matrix: which services each year offered, with counts where reported. */
import type { Tables } from '../../validation/load.ts';
import { rowRef, uniqueSources } from '../../domain/provenance.ts';
import { serviceMatrix } from '../../domain/service-matrix.ts';
import type { ChartSlice } from '../chart-slice.ts';
import { chartEntry, type MatrixEntry } from '../entry.ts';
import { matrixModel, matrixTakeaway } from '../matrix/model.ts';
import { SERVICE_COLUMNS, serviceCells } from './services.ts';

export function matrixChart(tables: Tables): MatrixEntry {
  const m = serviceMatrix(tables);
  const slice: ChartSlice = {
    id: 'services-by-year',
    title: { en: 'Services offered each year', ka: 'შეთავაზებული სერვისები წლების მიხედვით' },
    columns: [
      ...SERVICE_COLUMNS,
      ...m.years.map((y) => ({ key: `y${y}`, label: { en: String(y), ka: String(y) }, kind: 'state' as const })),
    ],
    rows: m.serviceIds.map((s) => ({
      ...serviceCells(tables, s),
      ...Object.fromEntries(m.years.map((y) => {
        const c = m.cells[s]![y]!;
        return [`y${y}`, c.state === 'counted' ? String(c.persons) : c.state];
      })),
    })),
    sources: uniqueSources(tables.beneficiaries.map(rowRef)),
  };
  return chartEntry<MatrixEntry>(slice, {
    kind: 'matrix',
    page: '/beneficiaries/',
    table: { hide: ['service_id'] },
    matrix: (locale) => matrixModel(tables, locale),
    takeaway: (locale) => matrixTakeaway(matrixModel(tables, locale), locale),
    notes: () => [],
  });
}
