export interface Ünïcödé { // want "ts/consistent-type-definitions"
  ключ: "😀";
}
export const s = "😀"; export interface Après {} // want "ts/consistent-type-definitions"
