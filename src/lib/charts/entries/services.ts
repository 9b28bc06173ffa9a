/** What every chart that lists services shows of a service: its code (kept in downloads) and its name in both languages. */
import type { Tables } from '../../validation/load.ts';
import { serviceName } from '../../domain/services.ts';
import type { SliceColumn, SliceRow } from '../chart-slice.ts';

export const SERVICE_COLUMNS: readonly SliceColumn[] = [
  { key: 'service_id', label: { en: 'Service ID', ka: 'სერვისის ID' }, kind: 'text' },
  { key: 'service', label: { en: 'Service', ka: 'სერვისი' }, kind: 'localized' },
];

/** A row's cells for the service `id`; an id not in services.csv is a build error (serviceName). */
export function serviceCells(tables: Tables, id: string): SliceRow {
  const n = serviceName(tables, id);
  return { service_id: id, service_ka: n.ka, service_en: n.en };
}
