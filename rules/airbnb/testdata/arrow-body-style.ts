declare function log(x: unknown): void;

export const f = (x: number) => { return x * 2; }; // want "move the returned value immediately after the `=>`"
export const g = (x: number) => { log(x); return x; };
export const h = () => { return { a: 1 }; }; // want "parenthesize the returned value"
export const i = () => { return; }; // want "arrow-body-style"
export const j = (x: number) => x * 2;
export const k = () => {};
export const l = () => { log(1); };
