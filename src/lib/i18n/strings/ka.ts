/**
 * UI strings in Georgian: the reference language. Every key defined here must exist in
 * every other language (`en.ts` is typed by these keys, so a missing key fails `tsc`; an
 * empty one fails `missingKeys()` in the tests and the build).
 *
 * Terms follow /work/shared/design/GLOSSARY.md. Keys are grouped by prefix: `site.`,
 * `nav.`, `a11y.`, `language.`, `figure.`, `value.`, `unit.`, `service.`, `notFound.`,
 * `footer.`. Labels and headings are in sentence case; `value.*` and `service.*` are
 * values that stand in table cells and run into sentences, so they are lower case.
 */
export const ka = {
  // The site
  /** The program's name, exactly as the program uses it. */
  'site.name': 'საქართველოში დაბრუნებულ მიგრანტთა სარეინტეგრაციო დახმარება',
  'site.tagline': 'სახელმწიფო პროგრამის ღია მონაცემები',

  // Navigation: one label per page
  'nav.label': 'მთავარი მენიუ',
  'nav.menu': 'მენიუ',
  'nav.home': 'მთავარი',
  'nav.budget': 'ბიუჯეტი',
  'nav.beneficiaries': 'ბენეფიციარები და სერვისები',
  'nav.services': 'სერვისები',
  'nav.awareness': 'ცნობიერების ამაღლება',
  'nav.mobilityCentres': 'მობილურობის ცენტრები',
  'nav.years': 'პროგრამის წლები',
  'nav.data': 'ღია მონაცემები',
  'nav.sources': 'წყაროები და მეთოდოლოგია',
  'nav.about': 'საიტის შესახებ',

  // Accessibility
  'a11y.skipToContent': 'ძირითად შინაარსზე გადასვლა',

  // Language switch
  'language.label': 'ენა',
  /** The other language's name, written in that language: the switch link's text. */
  'language.switch': 'English',
  /**
   * "This page in <this language>", written in this language: the hidden end of the switch's
   * accessible name on the other language's pages, after the visible name, so that the name
   * a reader sees is what a voice-control user says (WCAG 2.5.3).
   */
  'language.thisPage': 'ეს გვერდი ქართულად',

  // Figures, tables, provenance
  'figure.source': 'წყარო',
  'figure.sources': 'წყაროები',
  /** Marks a figure computed from other figures, not copied from a source. */
  'figure.derived': 'გამოთვლილი',
  'figure.derivedNote': 'გამოთვლილია სხვა მონაცემებიდან; წყაროში ასე არ არის მოცემული.',
  'figure.download': 'ჩამოტვირთვა',
  'figure.dataTable': 'მონაცემთა ცხრილი',
  'figure.showDataTable': 'მონაცემთა ცხრილის ჩვენება',
  'figure.hideDataTable': 'მონაცემთა ცხრილის დამალვა',

  // Values
  /** Shown wherever a value is empty. Never shown as 0. */
  'value.notReported': 'მონაცემი არ არის',
  'value.about': 'დაახლოებით',
  'value.upTo': 'არაუმეტეს',
  'value.total': 'სულ',

  // Units and column headings
  /** Georgian puts a noun after a numeral in the singular ("248 პირი"). */
  'unit.persons': 'პირი',
  'unit.projects': 'პროექტი',
  'unit.gel': 'ლარი',
  'unit.budget': 'ბიუჯეტი',
  'unit.year': 'წელი',

  // Whether a service was part of the program in a year
  'service.offered': 'შეთავაზებული',
  'service.notOffered': 'არ იყო შეთავაზებული',
  'service.offeredCountNotReported': 'შეთავაზებული; რაოდენობა წყაროში არ არის მითითებული',

  // 404
  'notFound.title': 'გვერდი ვერ მოიძებნა',
  'notFound.body': 'ამ მისამართზე გვერდი არ არის. შესაძლოა, ბმული შეცდომით იყოს აკრეფილი ან გვერდი სხვაგან იყოს გადატანილი.',
  'notFound.home': 'მთავარ გვერდზე დაბრუნება',

  // Footer
  'footer.licence': 'მონაცემები: {licence}',
} as const;

/** A UI-string key. */
export type StringKey = keyof typeof ka;
