import { pageStrings } from './define.ts';

export const services = pageStrings({} as const, {});
