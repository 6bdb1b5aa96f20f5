declare const n: number;

export const a = 'a' + 'b'; // want "Unexpected string concatenation of literals."
export const b = 'a' +
  'b';
export const c = 'a' + `b`; // want "no-useless-concat"
export const d = n + 'a' + 'b'; // want "no-useless-concat"
export const e = 'a' + n;
export const f = ('a' + n) + 'b';
