export interface Node extends Container<Node> { // want "No autofix: its `extends` clause refers to `Node` itself"
  id: string;
}
export interface Schema<in out A> extends Base<A> { // want "No autofix: its type parameters have variance annotations"
  a: A;
}
export interface Plain<in out A> { // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
  a: A;
}
export interface Other extends Container<Node> { // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
  id: string;
}
export namespace JSX {
  export interface Element extends React.JSX.Element { // want "ts/consistent-type-definitions: Use a `type` instead of an `interface`.$"
    extra: 1;
  }
  export interface Chain extends Wrapper<Chain.Inner> { // want "No autofix: its `extends` clause refers to `Chain` itself"
    next: 1;
  }
}
