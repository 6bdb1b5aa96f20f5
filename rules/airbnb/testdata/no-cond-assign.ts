declare let x: number;
declare const re: RegExp;
declare const s: string;
declare const xs: number[];
let m: RegExpExecArray | null;

if (x = 1) { // want "Unexpected assignment within an 'if' statement."
  x += 1;
}
while ((m = re.exec(s))) { // want "Unexpected assignment within a 'while' statement."
  console.log(m);
}
do {
  x += 1;
} while (x = 2); // want "a 'do...while' statement"
for (; x = 3;) { // want "a 'for' statement"
  break;
}
export const t = (x = 4) ? 1 : 2; // want "within ConditionalExpression"
if (xs.some((v) => { x = v; return true; })) {
  x += 1;
}
if (x) {
  x = 5;
}
for (x = 0; x < 1; x += 1) {
  console.log(x);
}
let y = 0;
if (xs.some((v) => (y = v))) {
  y += 1;
}
