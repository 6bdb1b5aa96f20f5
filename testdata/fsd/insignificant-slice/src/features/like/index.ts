export const like = 1
