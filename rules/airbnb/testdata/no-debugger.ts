export function f() {
  debugger; // want "Unexpected 'debugger' statement."
}
