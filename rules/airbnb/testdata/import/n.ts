export default 1;
export const e = 2;
export type U = string;
export type V = number;
