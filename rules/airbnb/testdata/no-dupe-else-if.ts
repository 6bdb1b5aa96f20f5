declare const a: boolean, b: boolean, c: boolean;

if (a) {
  console.log(1);
} else if (a) { // want "This branch can never execute"
  console.log(2);
}

if (a || b) {
  console.log(1);
} else if (b) { // want "no-dupe-else-if"
  console.log(2);
}

if (a) {
  console.log(1);
} else if (a && b) { // want "no-dupe-else-if"
  console.log(2);
}

if (a && b) {
  console.log(1);
} else if (a) {
  console.log(2);
} else if (b && a) { // want "no-dupe-else-if"
  console.log(3);
}

if (a) {
  console.log(1);
} else if (b) {
  console.log(2);
} else if (c || a) {
  console.log(3);
} else if (c) { // want "no-dupe-else-if"
  console.log(4);
}

if (a) {
  console.log(1);
} else {
  if (a) {
    console.log(2);
  }
}
