declare const n: number;

export const a = new Array(); // want "The array literal notation .. is preferable."
export const b = Array(1, 2); // want "no-array-constructor"
export const c = new Array(n);
export const d = new Array<string>();
export const e = Array.from([1]);
