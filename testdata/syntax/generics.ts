// Generics: defaults, constraints, const/in/out modifiers, generic calls and instantiation expressions.
export interface Box<T = string> {
  value: T;
}
export interface Producer<out T> {
  make(): T;
}
export interface Consumer<in T> {
  take(value: T): void;
}
export interface Both<in out T> {
  swap(value: T): T;
}
export function tuple<const T extends readonly unknown[]>(...items: T): T {
  return items;
}
export class Registry<K extends string, V = unknown, M extends Map<K, V> = Map<K, V>> {
  constructor(private readonly map: M) {}
  get<R extends V = V>(key: K): R | undefined {
    return this.map.get(key) as R | undefined;
  }
}
declare function make<T>(x?: T): T;
const explicit = make<number>(1);
const nestedArgs = make<Array<Map<string, Set<number>>>>();
const instantiation = make<string>;
const ErrorMap = Map<string, Error>;
const a = 1, b = 2, c = 3;
const comparison = a < b;
const notGeneric = (a < b) > c;
const shift = a >> b >>> c;
const chained = make<{ x: number }>()?.x;
const tagged = make<string>`template`;
export { explicit, nestedArgs, instantiation, ErrorMap, comparison, notGeneric, shift, chained, tagged };
