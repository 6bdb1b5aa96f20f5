// Template literal types and intrinsic string types.
export type EventName<T extends string> = `on${Capitalize<T>}`;
export type CssVar = `--${string}`;
export type Size = `${number}px` | `${number}rem`;
export type Route<P extends string> = P extends `${infer Head}/${infer Tail}` ? [Head, ...Route<Tail>] : [P];
export type Upper = Uppercase<"abc">;
export type Lower = Lowercase<"ABC">;
export type Uncap = Uncapitalize<"Abc">;
export type Combined = `${"a" | "b"}-${1 | 2}`;
export type Plain = `no substitutions`;
export type Nested = `${`${"x"}y`}z`;
