export interface WithBom { // want "ts/consistent-type-definitions"
  a: 1;
}
