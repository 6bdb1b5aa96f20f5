import { a } from "lib/a";
import { v } from "vendor";
import { direct } from "src/direct";
import { pkg } from "vendor-pkg";
export { a, v, direct, pkg };
