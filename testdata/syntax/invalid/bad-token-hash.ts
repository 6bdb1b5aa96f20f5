// A character that cannot start a token.
export const total = 1 + 2;
const bad = 3 # 4;
