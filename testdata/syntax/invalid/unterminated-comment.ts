// An unterminated block comment.
export const a = 1;
/* TODO: finish this
export const b = 2;
