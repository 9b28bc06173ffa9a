/**
 * The site's sections, in menu order: route path and the UI-string keys of its label and title. A section
 * with a `parent` is not a menu item of its own (its page overlaps the parent's, which links
 * to it); the parent's item stands for it and is marked current on its pages.
 */
import type { StringKey } from './i18n/strings/index.ts';

export interface Section {
  path: string;
  /** The menu label (it may be shorter than the title). */
  key: StringKey;
  /** The page's title, its <h1> (the site map and the social card use it). */
  title: StringKey;
  parent?: string;
}

export const NAV: readonly Section[] = [
  { path: '/', key: 'nav.home', title: 'home.title' },
  { path: '/help/', key: 'nav.help', title: 'help.title' },
  { path: '/budget/', key: 'nav.budget', title: 'budget.title' },
  { path: '/beneficiaries/', key: 'nav.beneficiaries', title: 'beneficiaries.title' },
  { path: '/services/', key: 'nav.services', title: 'services.title', parent: '/beneficiaries/' },
  { path: '/awareness/', key: 'nav.awareness', title: 'awareness.title' },
  { path: '/mobility-centres/', key: 'nav.mobilityCentres', title: 'centres.title' },
  { path: '/years/', key: 'nav.years', title: 'years.title' },
  { path: '/data/', key: 'nav.data', title: 'data.title' },
  { path: '/sources/', key: 'nav.sources', title: 'sources.title' },
  { path: '/about/', key: 'nav.about', title: 'about.title' },
];

/** Whether `current` (a route path) is inside the section `path`. */
export function isCurrentSection(path: string, current: string): boolean {
  return path === '/' ? current === '/' : current.startsWith(path);
}

/** The menu's items: the sections that are not part of another. */
export const MENU: readonly Section[] = NAV.filter((s) => s.parent === undefined);

/**
 * The menu item the page at `current` belongs to, if any (its own section, or the section its
 * section is part of), and whether it is that item's own page.
 */
export function currentMenuItem(current: string): { item: Section; page: boolean } | null {
  const own = NAV.find((s) => isCurrentSection(s.path, current));
  if (!own) return null;
  const item = own.parent === undefined ? own : MENU.find((m) => m.path === own.parent)!;
  return { item, page: item.path === current };
}
