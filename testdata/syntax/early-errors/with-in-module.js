// Early error: `with` in module code (always strict).
export function read(scope) {
  with (scope) {
    return value;
  }
}
