// An arrow function with a line break before =>.
export const f = (a, b)
  => a + b;
