export interface Crlf extends Base { // want "ts/consistent-type-definitions"
  a: string;
}
export default interface Def { // want "ts/consistent-type-definitions"
  b: number;
}
