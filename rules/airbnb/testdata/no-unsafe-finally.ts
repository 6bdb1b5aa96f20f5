export function a() {
  try {
    return 1;
  } finally {
    return 2; // want "Unsafe usage of ReturnStatement."
  }
}

export function b() {
  try {
    return 1;
  } finally {
    throw new Error('x'); // want "Unsafe usage of ThrowStatement."
  }
}

export function c() {
  for (;;) {
    try {
      return 1;
    } finally {
      break; // want "Unsafe usage of BreakStatement."
    }
  }
}

export function d() {
  try {
    return 1;
  } finally {
    for (;;) {
      break;
    }
    const f = () => {
      throw new Error('y');
    };
    f();
  }
}

export function e() {
  outer: for (;;) {
    try {
      return 1;
    } finally {
      continue outer; // want "Unsafe usage of ContinueStatement."
    }
  }
}

// ESLint stops at the nearest loop even when the continue targets an outer one.
export function e2() {
  outer: for (;;) {
    try {
      return 1;
    } finally {
      for (;;) {
        continue outer;
      }
    }
  }
}

export function g() {
  try {
    return 1;
  } finally {
    label: {
      break label;
    }
  }
}

export function h() {
  try {
    return 1;
  } finally {
    switch (1) {
      default:
        break;
    }
  }
}
