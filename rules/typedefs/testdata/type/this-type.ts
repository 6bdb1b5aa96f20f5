export interface Chain { // want "No autofix: the interface uses the polymorphic `this` type"
  next(): this;
}
export interface Nested { // want "No autofix: the interface uses the polymorphic `this` type"
  list: Array<{ self: this }>;
}
export interface Guard { // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
  check(this: Window): boolean;
  isGuard(): this is Guard;
  assertGuard(): asserts this is Guard;
}
