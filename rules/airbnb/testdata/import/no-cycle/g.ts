import { type H } from './h';

export type G = H;
export const g = 1;
