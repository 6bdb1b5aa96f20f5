declare const a: boolean, b: boolean, c: boolean;

export const x1 = a ? 1 : b ? 2 : 3; // want "Do not nest ternary expressions."
export const x2 = a ? (b ? 1 : 2) : 3; // want "no-nested-ternary"
export const x3 = (a ? b : c) ? 1 : 2;
export const x4 = a ? 1 : 2;
export const x5 = a // want "no-nested-ternary"
  ? 1
  : b // want "no-nested-ternary"
    ? 2
    : c
      ? 3
      : 4;
export const x6 = a ? () => (b ? 1 : 2) : 3;
