declare const x: unknown;
declare const y: string;

export const a = typeof x === 'strnig'; // want "Invalid typeof comparison value."
export const b = typeof x === 'string';
export const c = typeof x == y; // want "Typeof comparisons should be to string literals."
export const d = typeof x === typeof y;
export const e = 'bigint' !== typeof x;
export const f = typeof x === undefined; // want "valid-typeof"
export const g = typeof x === `object`;
export const h = typeof x === `objekt`; // want "Invalid typeof comparison value."
export const i = typeof x === null; // want "Invalid typeof comparison value."
export const j = typeof x < 'foo';
