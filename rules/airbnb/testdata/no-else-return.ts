export function a(x: number) {
  if (x) {
    return 1;
  } else { // want "Unnecessary 'else' after 'return'."
    return 2;
  }
}

export function b(x: number) {
  if (x) {
    return 1;
  } else if (x > 1) { // want "no-else-return"
    return 2;
  }
  return 3;
}

export function c(x: number) {
  if (x) {
    throw new Error('x');
  } else {
    return 2;
  }
}

export function d(x: number) {
  if (x) {
    console.log(x);
    if (x > 1) {
      return 1;
    } else { // want "no-else-return"
      return 2;
    }
  } else { // want "no-else-return"
    return 3;
  }
}

export function e(x: number) {
  if (x) return 1;
  else return 2; // want "no-else-return"
}

export function f(x: number) {
  if (x) {
    return 1;
  } else if (x > 1) { // want "no-else-return"
    console.log(x);
  } else {
    return 2;
  }
  return 3;
}

export function g(x: number) {
  if (x) {
    console.log(x);
  } else {
    return 2;
  }
  return 3;
}

export const h = (x: number) => {
  switch (x) {
    case 1:
      if (x) {
        return 1;
      } else { // want "no-else-return"
        return 2;
      }
    default:
      return 0;
  }
};
