declare const x: boolean;

if (x) {} // want "Empty block statement."
if (x) {
  // nothing
}
try {
  console.log(x);
} catch (e) {} // want "no-empty"
try {
  console.log(x);
} catch {
  /* ignore */
} finally {} // want "no-empty"
switch (x) {} // want "Empty switch statement."
export function noop() {}
export const arrow = () => {};
export class C {
  static {}

  m() {}
}
export namespace N {}
{} // want "no-empty"
