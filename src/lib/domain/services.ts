/** The services offered, looked up by id. */
import type { Tables } from '../validation/load.ts';
import type { Bilingual } from '../../schemas/columns.ts';

/** A service's name in both languages; an id not in services.csv is a build error. */
export function serviceName(t: Pick<Tables, 'services'>, id: string): Bilingual {
  const s = t.services.find((x) => x.service_id === id);
  if (!s) throw new Error(`Unknown service ${id}: not in services.csv`);
  return { ka: s.name_ka, en: s.name_en };
}
