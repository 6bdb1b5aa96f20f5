// Conditional types and `infer`.
export type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
export type Awaited2<T> = T extends PromiseLike<infer U> ? Awaited2<U> : T;
export type FirstString<T> = T extends [infer S extends string, ...unknown[]] ? S : never;
export type ReturnOf<F> = F extends (...args: any[]) => infer R ? R : never;
export type Params<F> = F extends (...args: infer P) => any ? P : never;
export type IsNever<T> = [T] extends [never] ? true : false;
export type Nested<T> = T extends string ? "s" : T extends number ? "n" : T extends boolean ? "b" : "other";
export type NonNullable2<T> = T extends null | undefined ? never : T;
export type Flatten<T> = T extends Array<infer Item> ? Flatten<Item> : T;
export type InferFromObject<T> = T extends { props: infer P; ref?: infer R } ? [P, R] : never;
export type CtorArgs<T> = T extends abstract new (...args: infer A) => unknown ? A : never;
