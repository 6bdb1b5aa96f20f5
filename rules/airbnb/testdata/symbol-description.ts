export const a = Symbol(); // want "Expected Symbol to have a description."
export const b = Symbol('b');
