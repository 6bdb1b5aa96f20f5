// A stray closing brace.
export function f() {
  return 1;
}
}
