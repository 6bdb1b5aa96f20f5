declare const a: boolean, b: boolean;

if (a) {
  console.log(1);
} else {
  if (b) { // want "Unexpected if as the only statement in an else block."
    console.log(2);
  }
}
if (a) {
  console.log(1);
} else if (b) {
  console.log(2);
}
if (a) {
  console.log(1);
} else {
  if (b) {
    console.log(2);
  }
  console.log(3);
}
