let a = 0;
let b = 0;
a = b = 1; // want "Unexpected chained assignment."
const c = a = 2; // want "no-multi-assign"
export class K {
  p = b = 3; // want "no-multi-assign"
}
a = (b = 4); // want "no-multi-assign"
a = 5;
export { a, b, c };
