export const a = new String('a'); // want "Do not use String as a constructor."
export const b = new Number(1); // want "Do not use Number as a constructor."
export const c = new Boolean(true); // want "no-new-wrappers"
export const d = String(1);
export const e = new Object();
