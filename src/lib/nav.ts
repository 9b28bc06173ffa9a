/** The site's sections, in menu order: route path and the UI-string key of its label. */
import type { StringKey } from './i18n/strings/index.ts';

export const NAV: readonly { path: string; key: StringKey }[] = [
  { path: '/', key: 'nav.home' },
  { path: '/help/', key: 'nav.help' },
  { path: '/budget/', key: 'nav.budget' },
  { path: '/beneficiaries/', key: 'nav.beneficiaries' },
  { path: '/services/', key: 'nav.services' },
  { path: '/awareness/', key: 'nav.awareness' },
  { path: '/mobility-centres/', key: 'nav.mobilityCentres' },
  { path: '/years/', key: 'nav.years' },
  { path: '/data/', key: 'nav.data' },
  { path: '/sources/', key: 'nav.sources' },
  { path: '/about/', key: 'nav.about' },
];

/** Whether `current` (a route path) is inside the section `path`. */
export function isCurrentSection(path: string, current: string): boolean {
  return path === '/' ? current === '/' : current.startsWith(path);
}
