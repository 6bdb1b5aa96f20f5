export const o = new Object(); // want "The object literal notation {} is preferable."
export const p = {};
