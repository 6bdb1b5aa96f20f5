import { w } from "./widget";
import { j } from "./onlyjs";
import { k } from "./both";
import { data } from "./data.json";
import { withIndex } from "./pkgdir";
export { w, j, k, data, withIndex };
