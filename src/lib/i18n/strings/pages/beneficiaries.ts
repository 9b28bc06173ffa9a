import { pageStrings } from './define.ts';

export const beneficiaries = pageStrings({} as const, {});
