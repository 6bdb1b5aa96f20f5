export const k = 2;
