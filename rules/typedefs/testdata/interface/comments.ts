type C = /* keep */ { z: 1 }; // want "ts/consistent-type-definitions"
export type L = // want "ts/consistent-type-definitions"
  // explains L
  { y: 2 };
