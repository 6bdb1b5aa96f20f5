import { a } from './a'; // want "Dependency cycle"

export const side = a;
