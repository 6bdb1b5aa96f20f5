// Type annotations and the basic type forms.
export type Id = string | number;
export type Point = { readonly x: number; y?: number; [key: string]: unknown };
export type Handler = (event: Event, ...rest: unknown[]) => void;
export type Ctor<T> = new (...args: any[]) => T;
export type AbstractCtor = abstract new () => object;
export type Callable = { (x: number): string; new (x: string): Callable; method?(): void; readonly [index: number]: string };
export type Tuple = [name: string, age?: number, ...rest: boolean[]];
export type Plain = [string, number?, ...string[]];
export type ReadonlyTuple = readonly [a: 1, b: 2];
export type Arrays = string[][] | Array<number> | ReadonlyArray<string> | readonly number[];
export type Literals = "a" | 'b' | 1 | -1 | 1n | true | null | undefined | void | never | unknown | any | object | symbol | bigint;
export type Parenthesized = (string | number)[];
export type Leading = | "x" | "y";
export type LeadingAmp = & { a: 1 } & { b: 2 };
export type FnUnion = (() => void) | ((x: number) => string);
export type This = { self(this: Window): this };
export type Getters = { get value(): number; set value(v: number) };

let annotated: Id = 1;
const fn = function (a: number, b?: string, c: boolean = true, ...d: number[]): void {};
const arrow = (x: number): x is 1 => x === 1;
let definite!: string;
declare const ambient: Point;
export { annotated, fn, arrow, definite, ambient };
