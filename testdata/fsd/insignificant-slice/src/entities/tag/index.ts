export const tag = 1
