// Early error: a lexical name declared twice in one scope.
export function total() {
  let sum = 0;
  let sum = 1;
  return sum;
}
