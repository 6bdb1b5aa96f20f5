console.log(a); // want "'a' was used before it was defined."
const a = 10;

f(); // want "'f' was used before it was defined."
function f() {}

export function usesLater() {
  return later; // want "'later' was used before it was defined."
}
const later = 1;

type A = B;
type B = string;
export const typed: A = '';

export const self = () => self;

const init = init2 + 1; // want "'init2' was used before it was defined."
const init2 = 1;
console.log(init);

new Thing(); // want "'Thing' was used before it was defined."
class Thing {}

export { exportedBefore }; // want "'exportedBefore' was used before it was defined."
const exportedBefore = 1;
