// TypeScript expression forms: satisfies, as const, non-null, assertions, definite assignment.
type Palette = Record<string, [number, number, number] | string>;

export const palette = {
  red: [255, 0, 0],
  green: "#00ff00",
} satisfies Palette;

export const routes = ["home", "about"] as const;
export const widened = <string>"literal";
export const viaAs = (palette.green as unknown) as string;
export const chained = palette.red satisfies [number, number, number] as readonly number[];

export class Form {
  field!: HTMLInputElement;
  count?: number;
  read(): string {
    return this.field!.value!.trim();
  }
}

const maybe: string | undefined = Math.random() > 0.5 ? "x" : undefined;
export const sure = maybe!;
export const len = maybe!.length;
export const call = document.getElementById("root")!.getAttribute("id")!;
let later!: number;
later = 1;
export { later };
export const asInTernary = maybe ? (maybe as string) : "none";
export const notAs = { as: 1, satisfies: 2 }.as;
