import type { StringKey } from './ka.ts';

/**
 * UI strings in English. Typed by the Georgian keys: a missing or misspelt key is a
 * compile error. Terms follow /work/shared/design/GLOSSARY.md.
 */
export const en: Record<StringKey, string> = {
  // The site
  'site.name': 'Reintegration assistance to returned migrants',
  'site.tagline': 'Open data on the state program',

  // Navigation
  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.budget': 'Budget',
  'nav.beneficiaries': 'Beneficiaries and services',
  'nav.services': 'Services',
  'nav.awareness': 'Awareness raising',
  'nav.mobilityCentres': 'Mobility centres',
  'nav.years': 'Program years',
  'nav.data': 'Open data',
  'nav.sources': 'Sources and methodology',
  'nav.about': 'About this site',

  // Accessibility
  'a11y.skipToContent': 'Skip to main content',

  // Language switch
  'language.label': 'Language',
  'language.switch': 'ქართული',
  'language.thisPage': 'this page in English',

  // Figures, tables, provenance
  'figure.source': 'Source',
  'figure.sources': 'Sources',
  'figure.derived': 'Derived',
  'figure.derivedNote': 'Computed from other figures; the source does not give it in this form.',
  'figure.download': 'Download',
  'figure.dataTable': 'Data table',
  'figure.showDataTable': 'Show data table',
  'figure.hideDataTable': 'Hide data table',

  // Values
  'value.notReported': 'not reported',
  'value.about': 'about',
  'value.upTo': 'up to',
  'value.total': 'Total',

  // Units and column headings
  'unit.persons': 'persons',
  'unit.projects': 'projects',
  'unit.gel': 'GEL',
  'unit.budget': 'Budget',
  'unit.year': 'Year',

  // Services
  'service.offered': 'offered',
  'service.notOffered': 'not offered',
  'service.offeredCountNotReported': 'offered; count not reported',

  // 404
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. The link may be mistyped, or the page may have moved.',
  'notFound.home': 'Go to the home page',

  // Footer
  'footer.licence': 'Data: {licence}',
};
