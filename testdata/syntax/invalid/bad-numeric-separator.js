// An invalid numeric separator.
export const n = 1__000;
