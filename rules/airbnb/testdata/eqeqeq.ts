declare const x: any;
declare const y: any;

export const a = x == 1; // want "Expected '===' and instead saw '=='."
export const b = x != y; // want "Expected '!==' and instead saw '!='."
export const c = x == undefined; // want "eqeqeq"
export const d = x == null;
export const e = null != x;
export const f = (null) == x;
export const g = typeof x == 'string'; // want "eqeqeq"
export const h = 'a' == 'b'; // want "eqeqeq"
export const i = 1 == '1'; // want "eqeqeq"
export const j = x === 1 && y !== 2;
export const k = (x) != (y); // want "eqeqeq"
