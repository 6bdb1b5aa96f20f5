export const withIndex = 1;
