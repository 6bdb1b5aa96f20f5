declare const x: number;

export const a = Math.pow(x, 2); // want "Use the '[*][*]' operator instead of 'Math.pow'."
export const b = x ** 2;
export const c = Math['pow'](2, x); // want "prefer-exponentiation-operator"
