// Function forms in TypeScript: overloads, this parameters, optional/rest, generics, arrows.
export function format(value: number): string;
export function format(value: Date, locale?: string): string;
export function format(value: number | Date, locale = "en"): string {
  return typeof value === "number" ? value.toFixed(2) : value.toLocaleDateString(locale);
}

export function onClick(this: HTMLElement, event: MouseEvent): void {
  this.classList.toggle("active", event.shiftKey);
}

export const sum = (...values: number[]): number => values.reduce((a, b) => a + b, 0);
export const load = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
export const typed = <T>(x: T) => x;
export const curried = (a: number) => (b: number): number => a + b;
export const withDefaultObj = ({ a = 1, b }: { a?: number; b: string } = { b: "" }): string => b.repeat(a);
export const parenthesizedReturn = (): (() => void) => () => {};
export const objectReturn = (): { ok: boolean } => ({ ok: true });
export const conditionalArrow = (x: number) => (x > 0 ? (y: number): number => y : null);

export default function (): void {}

function* ids(): Generator<number, void, unknown> {
  let i = 0;
  while (true) yield i++;
}
export { ids };
