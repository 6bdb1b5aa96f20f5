// An identifier directly after a number.
export const n = 3in [1];
