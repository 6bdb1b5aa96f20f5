export const User = 1
