declare const x: number;

export const a = x === NaN; // want "Use the isNaN function to compare with NaN."
export const b = NaN != x; // want "use-isnan"
export const c = x < Number.NaN; // want "use-isnan"
export const d = Number.isNaN(x);
export const e = x + NaN;
switch (NaN) { // want "switch.NaN.. can never match"
  default:
}
switch (x) {
  case NaN: // want "'case NaN' can never match"
    break;
  default:
}
export const f = [x].indexOf(NaN);
