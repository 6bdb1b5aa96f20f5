// Early error: two imports bind the same local name.
import format from "./format";
import format from "./format-v2";

export const text = format(1);
