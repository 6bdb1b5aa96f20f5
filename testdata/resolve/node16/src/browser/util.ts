export const util = 2;
