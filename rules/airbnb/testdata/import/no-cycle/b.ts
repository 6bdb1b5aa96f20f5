import { c } from './c'; // want "Dependency cycle"

export const b = () => c;
