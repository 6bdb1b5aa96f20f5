// Non-ASCII text before specifiers: columns count UTF-16 code units.
const label = "日本語 😀 café"; const Lazy = () => import("./lazy-😀");
/* ✓✓✓ */ import { x } from "./x"; export type Ünïcödé = { "ключ": string };
export const el = <span title="𝒳">{label}</span>; export { Lazy, x };
interface 名前 { 値: number }
export type { 名前 };
