interface T { x: number; } // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
interface T2{ x: number; } // want "ts/consistent-type-definitions"
interface T3                          { x: number; } // want "ts/consistent-type-definitions"
interface A extends B, C { x: number; }; // want "ts/consistent-type-definitions"
interface A2 extends B<T1>, C<T2> { x: number; }; // want "ts/consistent-type-definitions"
export interface W<T> { // want "ts/consistent-type-definitions"
  x: T;
}
export declare interface Test { // want "ts/consistent-type-definitions"
  foo(): string;
}
interface P<T extends U = V, K extends string = 'k'> extends Base<T> { // want "ts/consistent-type-definitions"
  k: K;
}
export interface Props extends React.HTMLAttributes<HTMLDivElement>, Omit<Other, 'x' | 'y'> { // want "ts/consistent-type-definitions"
  title: string;
  onClick?(event: MouseEvent): void;
  readonly [key: string]: unknown;
  new (x: number): Props;
  <R>(arg: R): R;
}
interface Empty {} // want "ts/consistent-type-definitions"

type Ok = { x: number };
type Ok2 = { x: number } & B & C;
export type Ok3<T> = { x: T };
