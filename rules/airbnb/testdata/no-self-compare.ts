declare const x: number;
declare const a: { b: number; c(): number };

export const r1 = x === x; // want "Comparing to itself is potentially pointless."
export const r2 = a.b < a . b; // want "no-self-compare"
export const r3 = (x) >= x; // want "no-self-compare"
export const r4 = a.c() !== a.c(); // want "no-self-compare"
export const r5 = x === a.b;
export const r6 = x + x;
export const r7 = 'a' === "a";
