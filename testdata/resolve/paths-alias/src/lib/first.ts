export const fromLib = 1;
