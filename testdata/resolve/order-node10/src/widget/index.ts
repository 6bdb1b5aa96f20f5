export const w = 2;
