// Early error: `yield` as a binding name in module code.
export {};
var yield = 1;
