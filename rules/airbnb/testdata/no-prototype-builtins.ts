declare const obj: Record<string, unknown>;
declare const k: string;

export const a = obj.hasOwnProperty(k); // want "Do not access Object.prototype method 'hasOwnProperty' from target object."
export const b = obj['isPrototypeOf'](k); // want "no-prototype-builtins"
export const c = obj?.propertyIsEnumerable(k); // want "no-prototype-builtins"
export const d = Object.prototype.hasOwnProperty.call(obj, k);
export const e = Object.hasOwn(obj, k);
export const f = obj.hasOwnProperty; 
