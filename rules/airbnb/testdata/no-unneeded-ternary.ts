declare const x: number | undefined;

export const a = x ? true : false; // want "Unnecessary use of boolean literals in conditional expression."
export const b = x ? x : 1; // want "Unnecessary use of conditional expression for default assignment."
export const c = x ? 1 : 2;
export const d = x === 1 ? false : true; // want "no-unneeded-ternary"
