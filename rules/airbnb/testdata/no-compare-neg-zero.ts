declare const x: number;

export const a = x === -0; // want "Do not use the '===' operator to compare against -0."
export const b = -0 < x; // want "Do not use the '<' operator"
export const c = x === 0;
export const d = Object.is(x, -0);
export const e = x === -0.0; // want "no-compare-neg-zero"
export const f = x + -0;
