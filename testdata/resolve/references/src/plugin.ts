export const plugin = 2;
