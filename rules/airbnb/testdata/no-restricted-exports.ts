const x = 1;
const y = 2;
export { x as default }; // want "'default' is restricted from being used as an exported name."
export { default } from './import/m'; // want "'default' is restricted"
export { default as M } from './import/m';
export { y as then }; // want "'then' is restricted"
export const then2 = 1;
export function then() { return 1; } // want "'then' is restricted"
export * as then3 from './import/m';
