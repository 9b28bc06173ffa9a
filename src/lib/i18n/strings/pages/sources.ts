import { pageStrings } from './define.ts';

export const sources = pageStrings({} as const, {});
