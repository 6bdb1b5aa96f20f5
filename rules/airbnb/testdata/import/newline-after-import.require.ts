const a = require('a');
const b = require('b'); // want "Expected 1 empty line after require statement not followed by another require."
export const x = a + b;
function g() {
  const c = require('c');
  return c;
}

export const y = g;
