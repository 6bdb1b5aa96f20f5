// TypeScript-only syntax in a .js file: a type annotation.
export function double(value: number) {
  return value * 2;
}
