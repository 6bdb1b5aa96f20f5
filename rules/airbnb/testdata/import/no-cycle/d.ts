import { a } from './a';

export type D = string;
export const d = a;
