export const legacy = 1;
