var top = 1; // want "Unexpected var, use let or const instead."
export function f() {
  var local = 2; // want "Unexpected var"
  for (var i = 0; i < 3; i++) { // want "Unexpected var"
    console.log(i);
  }
  return local + top;
}
