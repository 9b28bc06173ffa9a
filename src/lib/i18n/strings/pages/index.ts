/** Every page's strings, merged. Add a page: write pages/<page>.ts and list it here. */
import { about } from './about.ts';
import { awareness } from './awareness.ts';
import { beneficiaries } from './beneficiaries.ts';
import { budget } from './budget.ts';
import { data } from './data.ts';
import { centres } from './centres.ts';
import { certainty } from './certainty.ts';
import { figure } from './figure.ts';
import { home } from './home.ts';
import { services } from './services.ts';
import { share } from './share.ts';
import { sources } from './sources.ts';
import { update } from './update.ts';
import { years } from './years.ts';
import { releases } from './releases.ts';

const all = [home, figure, data, budget, beneficiaries, services, awareness, centres, years, sources, about, share, certainty, releases, update] as const;

type Merge<T extends readonly { ka: Record<string, string> }[]> = T[number]['ka'] extends infer U
  ? (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
    ? I
    : never
  : never;

type Keys = keyof Merge<typeof all>;

export const pageStrings = {
  ka: Object.assign({}, ...all.map((p) => p.ka)) as Record<Keys, string>,
  en: Object.assign({}, ...all.map((p) => p.en)) as Record<Keys, string>,
};
