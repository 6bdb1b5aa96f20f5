// Contextual keywords as names in import clauses.
import type from "./default-named-type";
import type as from "./type-only-default-named-as";
import { type as } from "./type-marked-as";
import { type as as alias } from "./type-marked-as-alias";
import { type as typeAlias } from "./type-renamed";
import { type } from "./named-type";
import type, { other } from "./default-type-and-named";
import type from2 from "./type-default-from2";
import * as from from "./namespace-named-from";
import { "string-name" as stringName, type "quoted" as quoted } from "./string-names";
export { type as exportedType } from "./export-type-renamed";
export { type type } from "./export-type-marked";
export type { default as Default } from "./export-type-default";

/* import type { Commented } from "./in-comment"; */
// export * from "./in-line-comment";
const text = 'import type { InString } from "./in-string";';
const tpl = `export * from "./in-template"; ${"import x from './in-substitution'"}`;
export { type as typeLocal, from, other, stringName, text, tpl };
export type Uses = as | alias | typeAlias | from2 | quoted;
