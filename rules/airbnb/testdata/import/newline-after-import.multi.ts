import {
  a,
  b,
} from 'ab'; // want "import/newline-after-import"
function f() {
  return a + b;
}
import c = require('c'); // want "import/newline-after-import"
export default f;
declare module 'm' {
  import d from 'd'; // want "import/newline-after-import"
  export const z: typeof d;
}
import e from 'e';

// a comment does not count as an empty line
export const y = c + e;
