// Early error: an arrow function with a duplicate parameter name.
export const add = (a, a) => a + a;
