declare const obj: any;

export const p = obj.__proto__; // want "The '__proto__' property is deprecated."
export const q = obj['__proto__']; // want "no-proto"
export const r = Object.getPrototypeOf(obj);
