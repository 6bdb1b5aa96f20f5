declare const o: Record<string, number>;

for (const k in o) { // want "The body of a for-in should be wrapped in an if statement"
  console.log(k);
}
for (const k in o) {
  if (Object.hasOwn(o, k)) {
    console.log(k);
  }
}
for (const k in o) {
  if (!Object.hasOwn(o, k)) continue;
  console.log(k);
}
for (const k in o) { // want "guard-for-in"
  if (!Object.hasOwn(o, k)) console.log(k);
  console.log(k);
}
for (const k in o);
