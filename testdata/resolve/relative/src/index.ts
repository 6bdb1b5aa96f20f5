export const dot = 1;
