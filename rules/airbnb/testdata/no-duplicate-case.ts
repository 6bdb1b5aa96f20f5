declare const x: any;
declare const a: { b: number };

switch (x) {
  case 1:
    break;
  case 2:
    break;
  case 1: // want "Duplicate case label."
    break;
  case a.b:
    break;
  case a . b: // want "no-duplicate-case"
    break;
  case (a.b): // want "no-duplicate-case"
    break;
  case 'a':
  case "a":
    break;
  default:
}
