declare const x: number;

switch (x) {
  case 1:
    const y = 2; // want "Unexpected lexical declaration in case block."
    console.log(y);
    break;
  case 2:
    let z = 3; // want "no-case-declarations"
    console.log(z);
    break;
  case 3:
    function g() { return 1; } // want "no-case-declarations"
    console.log(g());
    break;
  case 4:
    class C {} // want "no-case-declarations"
    console.log(C);
    break;
  case 5: {
    const w = 1;
    console.log(w);
    break;
  }
  default:
    var v = 1;
    console.log(v);
}
