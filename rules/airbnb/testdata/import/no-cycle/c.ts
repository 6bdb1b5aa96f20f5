import { a } from './a'; // want "Dependency cycle"
import { e } from './e';

export const c = () => [a, e];
