// An unterminated template substitution.
export const message = `Hello ${name.toUpperCase(}`;
