// An unterminated regular expression.
export const pattern = /abc[/;
export const b = 2;
