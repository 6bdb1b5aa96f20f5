// Mapped types with `as` clauses and +/- modifiers.
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type Required2<T> = { [K in keyof T]-?: T[K] };
export type Frozen<T> = { +readonly [K in keyof T]+?: T[K] };
export type Getters<T> = { [K in keyof T as `get${Capitalize<string & K>}`]: () => T[K] };
export type OmitKind<T> = { [K in keyof T as Exclude<K, "kind">]: T[K] };
export type Record2<K extends PropertyKey, V> = { [P in K]: V };
export type Plain<T> = { [K in keyof T] };
export type WithSemicolon<T> = { readonly [K in keyof T]?: T[K]; };
