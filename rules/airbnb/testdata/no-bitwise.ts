declare let x: number;

export const a = x | 0; // want "Unexpected use of '[|]'."
export const b = x & 1; // want "no-bitwise"
export const c = ~x; // want "Unexpected use of '~'."
x <<= 1; // want "no-bitwise"
export const d = x >>> 2; // want "no-bitwise"
export const e = x && 1;
