export const env = 2;
