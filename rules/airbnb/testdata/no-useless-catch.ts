declare function f(): void;
declare function log(e: unknown): void;

try { // want "Unnecessary try/catch wrapper."
  f();
} catch (e) {
  throw e;
}
try {
  f();
} catch (e) { // want "Unnecessary catch clause."
  throw e;
} finally {
  log(1);
}
try {
  f();
} catch (e) {
  log(e);
  throw e;
}
try {
  f();
} catch ({ message }) {
  throw message;
}
