// U+2028 and U+2029 are line terminators: in comments they end the line,
// in strings they are allowed characters (ES2019).
const s = "a b c"; // comment import { a } from "./after-ls";
export type T = typeof s; export { a };
