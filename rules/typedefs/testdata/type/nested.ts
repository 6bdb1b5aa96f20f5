namespace JSX { // in a module file (see the export below), not global
  interface Array<T> { // want "ts/consistent-type-definitions"
    foo(x: (x: number) => T): T[];
  }
}
export namespace Outer.Inner {
  export interface Deep { // want "ts/consistent-type-definitions"
    value: string;
  }
}
export function make() {
  interface Local { // want "ts/consistent-type-definitions"
    n: number;
  }
  const l: Local = { n: 1 };
  return l;
}
export class Impl implements Shape { // an interface implemented by a class is fixed
  area = 1;
}
interface Shape { // want "ts/consistent-type-definitions"
  area: number;
}
{
  interface InBlock { a: 1 } // want "ts/consistent-type-definitions"
}
switch (1 as number) {
  case 1: {
    interface InCase { b: 2 } // want "ts/consistent-type-definitions"
  }
}
