export const viaapp = 1
