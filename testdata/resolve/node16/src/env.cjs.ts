export const env = "cjs";
