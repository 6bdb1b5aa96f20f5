// A stray backslash outside any literal.
export const value = \x;
