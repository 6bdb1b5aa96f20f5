declare const x: number;

switch (x) { // want "Expected a default case."
  case 1:
    break;
}
switch (x) {
  case 1:
    break;
  // no default
}
switch (x) {
  case 1:
    break;
  default:
}
switch (x) {}
switch (x) { // want "default-case"
  case 1:
    break;
  // No default
}
