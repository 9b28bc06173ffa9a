import { pageStrings } from './define.ts';

export const centres = pageStrings({} as const, {});
