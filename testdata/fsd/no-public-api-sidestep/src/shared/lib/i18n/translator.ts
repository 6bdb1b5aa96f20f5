export const translate = 1
