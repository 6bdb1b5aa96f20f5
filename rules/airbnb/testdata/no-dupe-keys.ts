declare const k: string;

export const a = { x: 1, x: 2 }; // want "Duplicate key 'x'."
export const b = { x: 1, 'x': 2 }; // want "Duplicate key 'x'."
export const c = { 1: 1, '1': 2, 0x1: 3 }; // want "Duplicate key '1'." "Duplicate key '1'."
export const d = { get y() { return 1; }, set y(v: number) { console.log(v); } };
export const e = { get y() { return 1; }, y: 2 }; // want "no-dupe-keys"
export const f = { [k]: 1, [k]: 2 };
export const g = { ['z']: 1, z: 2 }; // want "no-dupe-keys"
export const h = { a: 1, b: { a: 2 } };
export const i = { m() {}, m: 1 }; // want "no-dupe-keys"
export const j = { n, n }; // want "no-dupe-keys"
declare const n: number;
