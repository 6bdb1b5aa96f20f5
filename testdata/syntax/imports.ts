// Every import and export form whose module the facts report.
import defaultValue from "./default";
import * as namespace from "./namespace";
import { named, other as renamed } from "./named";
import defaultAndNamed, { extra } from "./default-and-named";
import defaultAndNamespace, * as ns2 from "./default-and-namespace";
import "./side-effect.css";
import type { OnlyType } from "./type-only";
import type DefaultType from "./type-default";
import type * as TypeNamespace from "./type-namespace";
import { type A, type B } from "./all-inline-types";
import { type C, value } from "./some-inline-types";
import {} from "./empty-clause";
import data from "./data.json" with { type: "json" };
import legacy = require("./legacy");
import type LegacyType = require("./legacy-type");
export import Reexported = require("./export-import");
import Alias = namespace.inner;

export { helper } from "./helper";
export { type Helper } from "./helper-type";
export type { Props } from "./props";
export * from "./star";
export * as starNs from "./star-namespace";
export type * from "./type-star";
export type * as TypeStarNs from "./type-star-namespace";
export { default } from "./default-reexport";
export { named, renamed, defaultValue, namespace, defaultAndNamed, extra, defaultAndNamespace, ns2, data, legacy, Alias };

export async function lazy() {
  const mod = await import("./lazy");
  const withOptions = await import("./lazy-json.json", { with: { type: "json" } });
  const notLiteral = await import(`./template-${mod.name}`);
  const noSubstitution = await import(`./no-substitution`);
  return [mod, withOptions, notLiteral, noSubstitution];
}

declare const require: (id: string) => unknown;
export const cjs = require("./cjs");
export const notOne = require("./a", "./b");
export type Types = OnlyType | DefaultType | TypeNamespace.T | A | B | C | LegacyType | typeof value;
