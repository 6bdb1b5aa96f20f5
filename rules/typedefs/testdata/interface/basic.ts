type T = { x: number; }; // want "ts/consistent-type-definitions: Use an `interface` instead of a `type`.$"
type T2 = { x: number; } // want "ts/consistent-type-definitions"
export type W<T> = { // want "ts/consistent-type-definitions"
  x: T;
};
export declare type D = { y: string } ; // want "ts/consistent-type-definitions"
type G<T extends object = {}> = { g: T } // want "ts/consistent-type-definitions"
  // trailing comment

type U = { a: 1 } | { b: 2 };
type I = { a: 1 } & B;
type M = { [K in 'a' | 'b']: K };
type F = () => { x: 1 };
interface Already { x: 1 }
declare global {
  type InGlobal = { g: 1 }; // want "ts/consistent-type-definitions"
}
export {};
