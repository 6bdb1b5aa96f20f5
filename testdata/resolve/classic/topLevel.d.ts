export const topLevel = 1;
