import b from 'dev-b';
import c from 'opt-c'; // want "not optionalDependencies"

export const all = [b, c];
