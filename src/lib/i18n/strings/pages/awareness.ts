import { pageStrings } from './define.ts';

export const awareness = pageStrings({} as const, {});
