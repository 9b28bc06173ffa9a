import { pageStrings } from './define.ts';

export const years = pageStrings({} as const, {});
