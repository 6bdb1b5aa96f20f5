// A JSDoc-style postfix `!` in a type: TypeScript and esbuild parse it (TypeScript reports it
// from the checker: "JSDoc types can only be used inside documentation comments").
export function isString(value: unknown): value is string! {
  return typeof value === "string";
}
