/**
 * A page's strings in both languages side by side. The English object is typed by the Georgian
 * keys, so a key missing in either language is a compile error.
 */
export function pageStrings<const K extends Record<string, string>>(ka: K, en: Record<keyof K, string>) {
  return { ka, en };
}
