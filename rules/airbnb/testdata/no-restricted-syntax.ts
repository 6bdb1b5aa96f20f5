declare const o: Record<string, number>;
declare const xs: number[];

for (const k in o) { // want "for..in loops iterate over the entire prototype chain"
  console.log(k);
}
for (const x of xs) { // want "iterators/generators require regenerator-runtime"
  console.log(x);
}
outer: for (;;) { // want "Labels are a form of GOTO"
  break outer;
}
xs.forEach((x) => console.log(x));
export async function f(it: AsyncIterable<number>) {
  for await (const v of it) { // want "no-restricted-syntax"
    console.log(v);
  }
}
