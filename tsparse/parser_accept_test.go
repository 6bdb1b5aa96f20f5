package tsparse

import "testing"

// TestParseAccepts: one entry per construct of the syntax the parser covers;
// each must parse without error.
func TestParseAccepts(t *testing.T) {
	tests := []struct{ path, src string }{
		// ES2024 statements and expressions
		{"a.js", "let\nx = 1; const {a, b: [c, d = 1], ...e} = o; var [f, , g, ...h] = arr;"},
		{"a.js", "label: for (const x of [1, 2]) { if (x) continue label; else break label; }"},
		{"a.js", "for (let [k, v] of Object.entries(o)) {} for (x.y of z) {} for (const k in o) {} for (;;) break;"},
		{"a.js", "for (let i = ('a' in b) ? 1 : 0; i < 1; i++) {}"},
		{"a.js", "do x++; while (x < 10) y()"},
		{"a.js", "switch (x) { case 1: case 2: f(); break; default: g() }"},
		{"a.js", "try { a() } catch { b() } finally { c() } try {} catch ({ message }) {}"},
		{"a.js", "with (o) { x } debugger;"},
		{"a.js", "async function* g() { for await (const x of y) yield x; yield* z; await w; }"},
		{"a.js", "const f = async ({ a, b } = {}, ...rest) => { await a; }; const g = async x => x; const h = async => async;"},
		{"a.js", "a ? (b) => c : d; a = b ? c : d => e; () => ({}); (() => {})();"},
		{"a.js", "x = a?.b?.[c]?.(d) ?? e; a ??= b; a ||= c; a &&= d; a **= 2; b = (-a) ** 0 || 1;"},
		{"a.js", "x = { default: 1, if: 2, class: 3, new: 4 }; a.class; a.new; a.if.else;"},
		{"a.js", "x = { get [k]() { return 1 }, set [k](v) {}, static: 1, async *[Symbol.iterator]() {}, 'q': 1, 1e3: 2, 0x10: 3 };"},
		{"a.js", "class A extends (B, C) { static #x = 1; #m() {} static { this.#x; } get #g() { return 1 } static async *s() {} 'quoted'() {} 42() {} [Symbol.x] = 1; static = 1; get = 2; async = 3; accessor = 4; }"},
		{"a.js", "class A { constructor() { super.m(); super[x]; new.target; } static m() { return #x in this } #x }"},
		{"a.js", "const A = class extends B {}; const C = class D {};"},
		{"a.js", "x = import.meta.url; y = await import('./m', { with: { type: 'json' } });"},
		{"a.js", "x = /[/\\]]+/v.test(s) / 2; y = a++ / 2; z = (a) / 2; w = [] / 1; v = x\n/ y / g"},
		{"a.js", "x = `a${b}c${`d${e}`}` + tag`x${y}z` + String.raw`\\u{zz}`;"},
		{"a.js", "x = 0b1010 + 0O17 + 0XfF + 1_000_000 + 1.5e+10 + .1 + 5. + 08 + 09.5 + 123n + 0n;"},
		{"a.js", "x = void 0; y = typeof x === 'string'; delete a[b]; z = !~-+x;"},
		{"a.js", "function f(a = 1, { b } = {}, [c] = [], ...d) { 'use strict'; return arguments }"},
		{"a.js", "@dec class A { @dec() m() {} @a.b.c static p = 1; @(foo()) accessor q = 2 }"},
		{"a.js", "export @dec class A {} export default @dec class {}"},
		{"a.js", "using\nx = 1; let using = 2; for (using x of y) {}"},
		{"a.js", "#!/usr/bin/env node\n'use strict'"},
		{"a.mjs", "await x; export {}; export { a as default, b as 'string name' }; import { 'string name' as c } from 'm';"},
		{"a.cjs", "const x = require('x'); module.exports = { x };"},
		{"a.ts", "class S { @tracked! accessor state = 0 } function f(v: unknown): v is string! { return true }"},
		{"a.js", "x = 0755 + 08 + 09.5; await = 2; x = (-2) ** 2 + ++a ** 2 + a-- ** 2 + 2 ** -2;"},
		{"a.js", "a\n?.5:1; a?.5:1"},
		{"a.js", "if (a) function f() {}\nelse ;"},
		{"a.js", "x = y\n++\nz"},
		{"a.js", "var \\u{61}bc = 1, ünïcödé = 2, $ = 3, _ = 4, \\u0061\\u0062 = 5;"},
		{"a.js", "x = '\\u{1F600}\\uD83D\\uDE00\\x41\\101\\\n'"},
		{"a.js", "a\u2029b\u00a0\ufeff;c"},
		// JSX
		{"a.jsx", "x = <div className=\"a\" {...props} key={i} data-x-y='z' aria-label=\"q\">text &nbsp; 'quotes' \"dq\" {a && <b />}{`t`}{/* c */}</div>"},
		{"a.jsx", "x = <><A.B.C /><ns:tag ns:attr=\"1\" /></>; y = <a b=<c/> />"},
		{"a.jsx", "x = cond ? <a>1</a> : <b>{[1, 2].map(i => <i key={i}>{i}</i>)}</b>"},
		{"a.jsx", "function C() { return (\n<div\n  a\n  // comment\n  b={1}\n>\n  </div>) }"},
		{"a.tsx", "x = <Foo<string> prop={f<T>(y)} />; const g = <T extends unknown>(x: T) => x; const h = <T, U>(x: T) => x;"},
		{"a.tsx", "const C: React.FC<Props> = ({ a }: Props): JSX.Element => <div>{a as string}</div>;"},
		// TypeScript types
		{"a.ts", "let a: readonly string[]; let b: [string?]; let c: (() => void) | null; let d: new () => T; let e: typeof x[number];"},
		{"a.ts", "let f: typeof a.b.c; let g: keyof typeof o; let h: unique symbol; let i: `a${'b' | 'c'}d`; let j: -1 | 1n | true | null | undefined | void;"},
		{"a.ts", "type A<in out T, const U extends readonly unknown[] = [], V = {}> = T;"},
		{"a.ts", "type O = { (x: number): string; new (x: string): O; m<T>(): void; m?(): void; get x(): number; set x(v: number); readonly [k: string]: any; 'q'?: 1; 2: 3; [Symbol.iterator](): void };"},
		{"a.ts", "type F = (this: Window, ...args: any[]) => asserts this is T; type G = (x: unknown) => x is string; type H = abstract new () => object;"},
		{"a.ts", "type M = { +readonly [K in Keys]+?: T[K] }; type N = { -readonly [K in Keys as Exclude<K, 'x'>]-?: T[K] }; type P = { [K in Keys]: 1 };"},
		{"a.ts", "type I = T extends (infer U extends string)[] ? U : never; type J = T extends { a: infer A; b: infer B } ? [A, B] : never;"},
		{"a.ts", "type K = import('./m').T<string>; type L = typeof import('./m'); let m: import('x', { with: { 'resolution-mode': 'require' } }).Y;"},
		{"a.ts", "type Q = Parameters<typeof f>[0]; type R = A['b'][number]; type S = (A | B)[]; type T2 = A extends B ? C : D extends E ? F : G;"},
		{"a.ts", "type U = | 'a' | 'b'; type V = & A & B; type W = [a: string, b?: number, ...c: boolean[]]; type X = [...A, ...B];"},
		{"a.ts", "let a: Array<Array<number>>= []; let b: Map<string, Set<number>>; let c = x as Array<Array<T>>;"},
		{"a.ts", "function f(): { a: number } { return { a: 1 } } const g = (): { a: number } => ({ a: 1 }); arr.map((x): number => x * 2);"},
		{"a.ts", "const f = <T>(x: T) => x; const g = <T,>(x: T): T => x; useState<string | null>(null); a?.<T>(); f<T>`x`;"},
		{"a.ts", "let x!: number; let y = z!; y! = 1; (y as any) = 2; obj!.prop!.call(); let v = <const>['a'];"},
		{"a.ts", "const o = { a: 1 } satisfies Record<string, number>; const p = [1, 2] as const; const q = x as unknown as T;"},
		// TypeScript declarations
		{"a.ts", "interface A<T = {}> extends B<T>, C.D { a: T; b?(): void; readonly c: string; [k: string]: unknown }"},
		{"a.ts", "enum E { A, B = 2, C = B * 2, 'D' = 'd', } const enum F { X = 1 << 0 } declare enum G {} declare const enum H {}"},
		{"a.ts", "namespace A { export namespace B { export const x = 1 } export import C = B.x; } module M {} declare module N.O {}"},
		{"a.ts", "declare module 'm' { export default function f(): void; export = x; } declare module 'short';"},
		{"a.ts", "declare global { interface Window { a: 1 } var g: number; } export {};"},
		{"a.ts", "declare function f(x: number): string; declare let l: number; declare var v; declare class C { m(): void } declare namespace NS { let y: 1 }"},
		{"a.ts", "export declare const x: number; export declare abstract class A {} export default interface I {} export abstract class B {}"},
		{"a.ts", "export type { A as B } from './a'; export { type C, D } from './c'; export { default } from './d'; export { default as E } from './e';"},
		{"a.ts", "import type * as T from './t'; import type D, { type E } from './d'; import { default as F } from './f'; import type { type } from './g';"},
		{"a.ts", "import json from './a.json' with { type: 'json' }; import x from './x' assert { type: 'json' }; export * from './y' with { type: 'json' };"},
		{"a.ts", "import fs = require('fs'); import type T = require('t'); export import U = N.U; export = fs; export as namespace Lib;"},
		{"a.ts", "abstract class A<T> implements I<T>, J { private constructor(public readonly a: number, protected b?: string, private override c = 1) { super() } protected abstract get x(): number; abstract set x(v: number); static override async m?(): Promise<void>; declare d: string; e!: number; f?: number; static [k: string]: any; override accessor g = 1; m(): void; m(x?: number) {} }"},
		{"a.ts", "class C { constructor(@Inject(TOKEN) private readonly t: T, @Optional() o?: O) {} @Input() set value(v: string) {} }"},
		{"a.ts", "function f(this: Foo, x?: number): x is string; function f(x) { return true } function g<const T extends readonly unknown[]>(x: T): T { return x }"},
		{"a.ts", "class D { isFoo(): this is Foo { return true } assert(): asserts this { } static assertIs(x: unknown): asserts x is string {} }"},
		{"a.ts", "/// <reference path=\"./a.d.ts\" />\n/// <reference types=\"node\" />\nexport {}"},
		{"a.ts", "let type = 1, declare = 2, abstract = 3, namespace = 4, module = 5, global = 6, as = 7, satisfies = 8, readonly = 9, keyof = 10, infer = 11, is = 12, asserts = 13, out = 14, accessor = 15, override = 16, of = 17, get = 18, set = 19;"},
		{"a.ts", "type\nFoo = 1; namespace\nBar; module\nBaz; abstract\nclass Q {} declare\nfunction f() {}"},
		{"a.d.ts", "declare function f(): void; export declare type T = 1; export interface I {} declare const x: unique symbol;"},
		{"a.ts", "import defer * as ns from 'x'; import source wasm from './m.wasm'; import defer from 'y'; import source from 'z';"},
		{"a.mts", "import type { A } from './a.mjs'; export const b: A = {} as A;"},
		{"a.cts", "import fs = require('fs'); export = fs;"},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.path, []byte(tt.src)); err != nil {
			t.Errorf("%s %q: %v", tt.path, tt.src, err)
		}
	}
}
