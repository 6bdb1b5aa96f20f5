// TypeScript-only syntax in a .js file: an enum.
export enum Color {
  Red,
  Green,
}
