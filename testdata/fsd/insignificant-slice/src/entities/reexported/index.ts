export const reexported = 1
