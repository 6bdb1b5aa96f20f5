export const direct = 1;
