declare let x: number;
declare const f: () => boolean;

if (0) { x += 1; } // want "Unexpected constant condition."
if (x) { x += 1; }
if ({}) { x += 1; } // want "no-constant-condition"
if (x || true) { x += 1; } // want "no-constant-condition"
if (true || x) { x += 1; } // want "no-constant-condition"
if (x && false) { x += 1; } // want "no-constant-condition"
if (x && true) { x += 1; }
if (typeof x) { x += 1; } // want "no-constant-condition"
if (typeof x === 'number') { x += 1; }
if (!x) { x += 1; }
if (![]) { x += 1; } // want "no-constant-condition"
if (`a${x}`) { x += 1; } // want "no-constant-condition"
if (`${x}`) { x += 1; }
if (x = 0) { x += 1; } // want "no-constant-condition"
if (void x) { x += 1; } // want "no-constant-condition"
if (undefined) { x += 1; } // want "no-constant-condition"
if (Boolean(1)) { x += 1; } // want "no-constant-condition"
if (f()) { x += 1; }
if (1 + 2) { x += 1; } // want "no-constant-condition"
if ('a' in {}) { x += 1; }
export const t = 'a' ? 1 : 2; // want "no-constant-condition"
while (true) { // want "no-constant-condition"
  if (f()) break;
}
for (;;) {
  if (f()) break;
}
for (; 1;) { // want "no-constant-condition"
  if (f()) break;
}
do {
  x += 1;
} while (1); // want "no-constant-condition"
export function* gen() {
  while (true) {
    yield x;
  }
}
if (new Date()) { x += 1; } // want "no-constant-condition"
if ((x, 1)) { x += 1; } // want "no-constant-condition"
