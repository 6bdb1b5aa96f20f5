declare const s: string;

export const a = parseInt(s); // want "Missing radix parameter."
export const b = parseInt(s, 10);
export const c = Number.parseInt(s); // want "radix"
export const d = parseInt(s, 1); // want "Invalid radix parameter"
export const e = parseInt(s, undefined); // want "Invalid radix parameter"
export const f = parseInt(); // want "Missing parameters."
export const g = parseInt(s, 16);
