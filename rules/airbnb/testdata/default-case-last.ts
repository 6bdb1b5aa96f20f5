declare const x: number;

switch (x) {
  default: // want "Default clause should be the last clause."
    break;
  case 1:
    break;
}
switch (x) {
  case 1:
    break;
  default:
    break;
}
