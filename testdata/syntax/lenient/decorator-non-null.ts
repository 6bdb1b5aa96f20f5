// A non-null assertion in a decorator expression: TypeScript and esbuild accept it.
declare const tracked: any;
export class Store {
  @tracked! accessor state = 0;
}
