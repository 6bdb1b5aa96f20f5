// A missing closing parenthesis.
export function f(a: number, b: number {
  return a + b;
}
