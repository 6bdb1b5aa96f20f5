export default interface Test { // want "ts/consistent-type-definitions"
  bar(): string;
}
