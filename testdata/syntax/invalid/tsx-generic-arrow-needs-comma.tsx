// Generic arrow without a trailing comma is JSX in .tsx.
export const id = <T>(x: T) => x;
