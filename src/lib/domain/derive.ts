/**
 * Derived figures: computed from published figures, never typed in. Each returns null when an
 * input is missing, so "not reported" propagates instead of turning into 0.
 */

export interface Change {
  absolute: number;
  /** Relative to the earlier value (0.102 = +10.2%); null when the earlier value is 0. */
  relative: number | null;
}

export function change(from: number | null, to: number | null): Change | null {
  if (from === null || to === null) return null;
  return { absolute: to - from, relative: from === 0 ? null : (to - from) / from };
}

export function share(part: number | null, total: number | null): number | null {
  if (part === null || total === null || total === 0) return null;
  return part / total;
}

export function perPerson(amount: number | null, persons: number | null): number | null {
  if (amount === null || persons === null || persons === 0) return null;
  return amount / persons;
}

/** The formulas, in words, for the methodology page and the "derived" notes. */
export const FORMULAS = {
  change: { en: 'change = this year’s value − the previous year’s value; relative change = change ÷ previous value', ka: 'ცვლილება = ამ წლის მნიშვნელობა − წინა წლის მნიშვნელობა; ფარდობითი ცვლილება = ცვლილება ÷ წინა წლის მნიშვნელობა' },
  share: { en: 'share = beneficiaries of the service ÷ persons served that year', ka: 'წილი = სერვისის ბენეფიციარები ÷ იმ წელს მომსახურებული პირები' },
  perPerson: { en: 'budget per person = the year’s budget ÷ persons served; the budget covers the whole program, so this is not the cost of one service', ka: 'ბიუჯეტი ერთ პირზე = წლის ბიუჯეტი ÷ მომსახურებული პირები; ბიუჯეტი მთელ პროგრამას ფარავს, ამიტომ ეს ერთი სერვისის ღირებულება არ არის' },
} as const;

/** The name of a derived figure's formula (a key of FORMULAS). */
export type DerivedFormula = keyof typeof FORMULAS;
