declare const a: number;
declare const k: string;

export const o1 = { a: a }; // want "Expected property shorthand."
export const o2 = { f: function () { return 1; } }; // want "Expected method shorthand."
export const o3 = { g: () => 1 };
export const o4 = { 'a-b': function () { return 1; } };
export const o5 = { 'c-d'() { return 1; } }; // want "Expected longform method syntax for string literal keys."
export const o6 = { a, h() { return 1; } };
export const o7 = { named: function named() { return 1; } };
export const o8 = { [k]: function () { return 1; } }; // want "Expected method shorthand."
export const o9 = { async af() { return 1; }, ag: async function () { return 1; } }; // want "Expected method shorthand."
export const o10 = { gen: function* () { yield 1; } }; // want "Expected method shorthand."
export const o11 = { 'a': a };
export const o12 = { Ctor: function () { return 1; } }; // want "Expected method shorthand."
export const o13 = { get x() { return 1; } };
export const o14 = { a: (a) }; // want "Expected property shorthand."
let b2 = 0;
({ b2 } = { b2: b2 }); // want "Expected property shorthand."
export { b2 };
