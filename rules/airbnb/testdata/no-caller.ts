export function f(n: number): number {
  return n ? arguments.callee(n - 1) : 0; // want "Avoid arguments.callee."
}
export function g() {
  return arguments.caller; // want "no-caller"
}
