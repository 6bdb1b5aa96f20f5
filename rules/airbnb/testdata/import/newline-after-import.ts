import a from 'a';
import type { B } from 'b'; // want "Expected 1 empty line after import statement not followed by another import."
export const x: B = a;
