// Type operators: keyof, typeof, indexed access, unique symbol, import types.
const settings = { theme: "dark", size: 12 } as const;
export declare const marker: unique symbol;
export type Settings = typeof settings;
export type SettingKey = keyof typeof settings;
export type Theme = Settings["theme"];
export type Values = Settings[keyof Settings];
export type Nested = { a: { b: [string, number] } }["a"]["b"][0];
export type FromArray = string[][number];
export type Imported = import("./types-basic").Point;
export type ImportedGeneric = typeof import("./types-basic");
export type ImportWithAttributes = import("./types-basic", { with: { "resolution-mode": "import" } }).Id;
export type ReadonlyArr = readonly string[];
export type KeyofParens = keyof (A | B);
type A = { a: 1 };
type B = { b: 2 };
export type Qualified = globalThis.Array<string>;
export type TypeofMember = typeof settings.theme;
export type TypeofGeneric = typeof Array<string>;
