declare const xs: number[];

for (let i = 0; i < xs.length; i += 1) {
  if (!xs[i]) continue; // want "Unexpected use of continue statement."
  console.log(xs[i]);
}
