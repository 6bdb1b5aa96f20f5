let a = 1; // want "'a' is never reassigned. Use 'const' instead."
console.log(a);

let b; 
b = 0; // want "'b' is never reassigned. Use 'const' instead."
console.log(b);

let c = 0;
c += 1;
console.log(c);

let d;
if (a) {
  d = 1;
}
console.log(d);

let e;
if (a) e = 1;
console.log(e);

for (let i = 0, end = 10; i < end; i++) {
  console.log(i);
}

for (let item of [1, 2]) { // want "'item' is never reassigned. Use 'const' instead."
  console.log(item);
}

for (let key in {}) {
  key = key.trim();
  console.log(key);
}

let { x, y } = { x: 1, y: 2 }; // want "'y' is never reassigned. Use 'const' instead."
x = x + 1;
console.log(x, y);

let never;
console.log(never);

function readBefore() {
  let value;
  console.log(value);
  value = 2;
  return value;
}
readBefore();

let shared;
function setShared() {
  shared = 1;
}
setShared();
console.log(shared);

export let exported = 1; // want "'exported' is never reassigned. Use 'const' instead."
