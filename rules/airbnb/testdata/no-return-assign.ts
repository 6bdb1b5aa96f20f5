let x = 0;
export function f() {
  return x = 1; // want "Return statement should not contain assignment."
}
export function g() {
  return (x = 2); // want "no-return-assign"
}
export const h = () => (x = 3); // want "Arrow function should not return assignment."
export const i = () => { x = 4; };
export function j() {
  return [x = 5]; // want "no-return-assign"
}
export function k() {
  return () => { x = 6; };
}
