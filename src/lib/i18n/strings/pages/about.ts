import { pageStrings } from './define.ts';

export const about = pageStrings({} as const, {});
