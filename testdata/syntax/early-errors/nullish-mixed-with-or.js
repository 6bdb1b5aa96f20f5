// Early error: `??` mixed with `||` without parentheses.
export const pick = (a, b, c) => a ?? b || c;
