export const env = "esm";
