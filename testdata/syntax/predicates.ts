// Type predicates and assertion signatures.
export function isString(value: unknown): value is string {
  return typeof value === "string";
}

export function assertDefined<T>(value: T, message?: string): asserts value is NonNullable<T> {
  if (value == null) throw new Error(message ?? "value is not defined");
}

export function assert(condition: unknown): asserts condition {
  if (!condition) throw new Error("assertion failed");
}

export class Node {
  parent?: Node;
  isRoot(): this is { parent: undefined } {
    return this.parent === undefined;
  }
  assertChild(): asserts this is { parent: Node } {
    if (!this.parent) throw new Error("root");
  }
}

export const isNumber = (x: unknown): x is number => typeof x === "number";
export type Guard<T> = (x: unknown) => x is T;
export type AssertFn = (x: unknown) => asserts x;
const asserts = 1; // `asserts` and `is` stay identifiers elsewhere
const is = asserts;
export { is };
