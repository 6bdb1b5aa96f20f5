declare const props: { a?: { b: number } };
declare let x: unknown;

const {} = props; // want "Unexpected empty object pattern."
const [] = [1]; // want "Unexpected empty array pattern."
const { a: {} } = props; // want "no-empty-pattern"
export function f({}: object) {} // want "no-empty-pattern"
export function g({ a = {} }: typeof props) { return a; }
({} = props); // want "no-empty-pattern"
[] = [1]; // want "no-empty-pattern"
({ a: [] } = { a: [] } as any); // want "no-empty-pattern"
for ({} of [props]) { x = 1; } // want "no-empty-pattern"
const { ...rest } = props;
export { rest };
