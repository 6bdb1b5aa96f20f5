import { g } from './g';

export type H = number;
export const h = g;
