import a from 'a';

export const x = a;
import b from 'b'; // want "import/first"
export const y = b;
import c from 'c'; // want "import/first"
