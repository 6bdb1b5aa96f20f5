declare const name: string;
declare const n: number;

export const a = 'Hello, ' + name + '!'; // want "Unexpected string concatenation."
export const b = 'a' + 'b';
export const c = name + 'x'; // want "prefer-template"
export const d = `x${n}` + n; // want "prefer-template"
export const e = (1 + 2) + 'px'; // want "prefer-template"
export const f = n + n;
export const g = 'a' + ('b' + n); // want "prefer-template"
export const h = name + "it's" + n; // want "prefer-template"
export const i = '${' + n; // want "prefer-template"
export const j = 'a' + 'b' + `c`;
export const k = 'x' + n + 'y' + n + 'z'; // want "prefer-template"
