declare function load(n: number): Promise<number>;
declare const xs: number[];
declare const it: AsyncIterable<number>;

export async function f() {
  for (const x of xs) {
    await load(x); // want "Unexpected `await` inside a loop."
  }
  for (const x of await load(1) ? xs : []) {
    console.log(x);
  }
  for (let i = 0; i < (await load(2)); i += 1) { // want "no-await-in-loop"
    console.log(i);
  }
  for (let i = await load(3); i < 3; i += 1) {
    console.log(i);
  }
  while (xs.length) {
    const g = async () => { await load(4); };
    g();
    await g(); // want "no-await-in-loop"
  }
  for await (const v of it) {
    await load(v);
  }
  while (xs.length) {
    for await (const v of it) { // want "no-await-in-loop"
      console.log(v);
    }
  }
  do {
    await load(5); // want "no-await-in-loop"
  } while (xs.length);
  await Promise.all(xs.map((x) => load(x)));
}

export async function h(xs2: number[]) {
  for (const x of xs2) {
    console.log(await load(x), async () => (await load(x))); // want "no-await-in-loop"
  }
}
