export interface A /* why A */ extends B /* B first */, C<D /* inner */> /* last */ { // want "ts/consistent-type-definitions"
  x: 1;
}
export interface L // want "ts/consistent-type-definitions"
  // a line comment
  extends M {
  y: 2;
}
