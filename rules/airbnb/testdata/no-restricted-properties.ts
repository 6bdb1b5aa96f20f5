declare const x: number;
declare const obj: any;

export const a = Math.pow(2, 3); // want "'Math.pow' is restricted from being used. Use the exponentiation operator"
export const b = window.isNaN(x); // want "'window.isNaN' is restricted from being used. Please use Number.isNaN instead"
export const c = self['isFinite'](x); // want "no-restricted-properties"
obj.__defineGetter__('a', () => 1); // want "'__defineGetter__' is restricted from being used. Please use Object.defineProperty instead."
export const { pow } = Math; // want "'Math.pow' is restricted"
export const d = Number.isNaN(x);
export const e = Math.max(1, 2);
export function f() {
  return arguments.callee; // want "'arguments.callee' is restricted"
}
