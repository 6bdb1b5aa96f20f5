export const t2 = 1
