declare function f(): Promise<number>;

export const a = new Promise(async (resolve) => { resolve(await f()); }); // want "Promise executor functions should not be async."
export const b = new Promise(async function exec(resolve) { resolve(await f()); }); // want "no-async-promise-executor"
export const c = new Promise((resolve) => { resolve(1); });
