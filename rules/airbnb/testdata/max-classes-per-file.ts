export class A {} // want "File has too many classes .3.. Maximum allowed is 1."
export class B {}
export const C = class {};
