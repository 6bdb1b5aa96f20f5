export const ServerButton = 1
