let a = 1;
let b = 2;
let c = 3;
declare const obj: { a: number; b: number; [k: string]: number };
declare const arr: number[];
declare const k: string;

a = a; // want "'a' is assigned to itself."
[a, b] = [a, c]; // want "'a' is assigned to itself."
[a, ...b as any] = [a, 1]; // want "'a' is assigned to itself."
({ a, b } = { a, b: c }); // want "'a' is assigned to itself."
({ a: b } = { a: b }); // want "'b' is assigned to itself."
obj.a = obj.a; // want "'obj.a' is assigned to itself."
obj['a'] = obj.a; // want "'obj.a' is assigned to itself."
arr[0] = arr[0]; // want "'arr.0.' is assigned to itself."
obj[k] = obj[k]; // want "'obj.k.' is assigned to itself."
obj.a = obj.b;
a ||= a; // want "no-self-assign"
a += a;
a = (a); // want "no-self-assign"
({ ...obj, a } = { a, ...obj });
export { a, b, c };
