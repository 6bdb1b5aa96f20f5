export const i18n = 1
