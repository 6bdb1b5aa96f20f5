// An unterminated template literal.
export const message = `Hello ${name}, welcome
export const other = 1;
