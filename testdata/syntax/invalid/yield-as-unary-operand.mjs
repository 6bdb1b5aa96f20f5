// `yield` is an operator in a generator, so it cannot be the operand of unary `+`.
export function* numbers(items) {
  +yield* items;
}
