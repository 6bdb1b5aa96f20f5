// Early error: a unary minus on the left of `**`.
export const n = -2 ** 2;
