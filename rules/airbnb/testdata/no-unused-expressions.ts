declare const a: any;
declare const b: () => void;
declare const c: () => void;

'use strict'; // want "no-unused-expressions"

a; // want "Expected an assignment or function call and instead saw an expression."
a.b; // want "no-unused-expressions"
a && b(); // want "no-unused-expressions"
a ? b() : c(); // want "no-unused-expressions"
a?.b; // want "no-unused-expressions"
a?.b();
b();
new a();
a.x = 1;
a.y++;
void a;
delete a.z;
!a; // want "no-unused-expressions"
`x${a}`; // want "no-unused-expressions"
a`x`; // want "no-unused-expressions"
(a as any); // want "no-unused-expressions"
a!; // want "no-unused-expressions"
((a as any) as any);
a satisfies any;
(b() as any);
import('./x');
[1, 2]; // want "no-unused-expressions"
1, 2; // want "no-unused-expressions"

export function f() {
  'use strict';

  'still a directive';
  a; // want "no-unused-expressions"
  'after a statement'; // want "no-unused-expressions"
}

let out: any;
for (out of [1]) {
  console.log(out);
}
for (out in {}) {
  console.log(out);
}
for (out = 0; out < 1; out += 1) {
  console.log(out);
}
export default a;
