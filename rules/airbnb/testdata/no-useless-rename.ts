import { b as b, c as d } from './import/m'; // want "Import b unnecessarily renamed."
declare const o: { a: number; e: number; 'f': number };
let e = 0;

const { a: a } = o; // want "Destructuring assignment a unnecessarily renamed."
const { a: z, e: e2 = 1 } = o;
const { 'f': f } = o; // want "Destructuring assignment f unnecessarily renamed."
({ e: e } = o); // want "Destructuring assignment e unnecessarily renamed."
export { a as a, z, e2, f, e, b, d }; // want "Export a unnecessarily renamed."
