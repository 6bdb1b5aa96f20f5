export function missingEnd(x: number) { // want "Expected to return a value at the end of function 'missingEnd'."
  if (x) {
    return 1;
  }
}

export function mixed(x: number) {
  if (x) {
    return;
  }
  return 2; // want "Function 'mixed' expected no return value."
}

export function mixed2(x: number) {
  if (x) {
    return 1;
  }
  return; // want "Function 'mixed2' expected a return value."
}

export function allPaths(x: number) {
  if (x) {
    return 1;
  } else {
    return 2;
  }
}

export function throws(x: number) {
  if (!x) {
    throw new Error('x');
  }
  return x;
}

export function viaSwitch(x: number) {
  switch (x) {
    case 1:
      return 'a';
    default:
      return 'b';
  }
}

export function switchNoDefault(x: number) { // want "Expected to return a value at the end of function 'switchNoDefault'."
  switch (x) {
    case 1:
      return 'a';
  }
}

export function endless() {
  for (;;) {
    if (Math.random() > 0.5) {
      return 1;
    }
  }
}

export function tryCatch() {
  try {
    return JSON.parse('1');
  } catch {
    return null;
  }
}

export const arrow = (x: number) => { // want "Expected to return a value at the end of arrow function."
  if (x) {
    return x;
  }
};

export class C {
  method(x: number) { // want "Expected to return a value at the end of method 'method'."
    if (x) {
      return x;
    }
  }

  constructor(x: number) {
    if (x) {
      return;
    }
  }
}

export function noValues(x: number) {
  if (x) {
    return;
  }
  console.log(x);
}
