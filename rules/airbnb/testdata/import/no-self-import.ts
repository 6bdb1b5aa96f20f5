import { a } from './no-self-import'; // want "Module imports itself."
import { b } from './m';
export const lazy = () => import('./no-self-import.ts'); // want "import/no-self-import"

export const all = [a, b];
