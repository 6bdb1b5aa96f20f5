export const dates = 1
