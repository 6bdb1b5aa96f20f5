// Assorted ES syntax: destructuring, spread, defaults, meta properties, accessors.
import defaultExport, { named as renamed, "string name" as stringName } from "./module.js";

export default class Base {
  constructor(...args) {
    if (new.target === Base) this.args = args;
  }
  get size() { return this.args.length; }
  set size(value) { this.args.length = value; }
  static async *[Symbol.asyncIterator]() {}
  "quoted key"() {}
  123() {}
  [`computed${1}`]() {}
}

export function destructure({ a, b: { c = 1, ...restInner } = {}, ...rest }, [first, , third = 3, ...others] = []) {
  const { [`key${a}`]: dynamic, ...remaining } = rest;
  const merged = { ...rest, ...remaining, a, c, dynamic, get x() { return 1; }, set x(v) {}, async y() {}, *z() {} };
  return [first, third, ...others, merged, restInner];
}

export const url = import.meta.url;
export const exp = 2 ** -1;
export const neg = (-2) ** 2;
export const comma = (1, 2, 3);
export const checks = [typeof x === "undefined", void 0, delete globalThis.y, "a" in { a: 1 }, [] instanceof Array];
export const optionalCatch = () => { try { JSON.parse("{"); } catch { return null; } finally { /* nothing */ } };
export const arrows = [() => {}, (a) => a, a => a * 2, async () => {}, async a => a, async (a, b = 1, ...c) => ({ a, b, c })];
export const sparse = [, , 1, , ];
export const switchy = (k) => { switch (k) { case 1: case 2: return "low"; default: return "high"; } };
export const unicode = { "ünïcödé": "✓", ключ: 1, \u0061bc: 2 };
export { defaultExport, renamed, stringName };
export * from "./star.js";
export * as everything from "./everything.js";
export { default as other, x as "string export" } from "./other.js";
debugger;
