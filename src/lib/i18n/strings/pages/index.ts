/** Every page's strings, merged. Add a page: write pages/<page>.ts and list it here. */
import { figure } from './figure.ts';
import { home } from './home.ts';

const all = [home, figure] as const;

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
