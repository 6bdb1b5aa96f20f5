// Generic arrow functions in TSX need `<T,>` or a constraint.
import type { ReactElement } from "react";

export const identity = <T,>(value: T): T => value;
export const first = <T extends unknown[]>(items: T): T[number] => items[0];
export const pair = <A, B>(a: A, b: B): [A, B] => [a, b];
export const asyncLoad = async <T,>(load: () => Promise<T>): Promise<T> => await load();
export const render = <P extends object>(props: P): ReactElement => <div {...props} />;
export const withConst = <const T,>(value: T) => value;
export const compare = (a: number, b: number) => a < b;
