export let count = 0; // want "Exporting mutable 'let' binding, use 'const' instead."
export var legacy = 1; // want "Exporting mutable 'var' binding, use 'const' instead."
export const fixed = 2;
let user = 'a'; // want "Exporting mutable 'let' binding"
export { user };
let later = 1; // want "Exporting mutable 'let' binding"
export default later;
export function fn() {}
let local = 3;
local += 1;
