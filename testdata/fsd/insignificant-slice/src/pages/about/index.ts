export const about = 1
