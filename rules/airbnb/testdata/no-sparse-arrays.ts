export const a = [1, , 2]; // want "Unexpected comma in middle of array."
export const b = [, 1]; // want "no-sparse-arrays"
export const c = [1, 2,];
export const d = [];
const [, second] = [1, 2];
export { second };
