import { a } from "./a";
import { b } from "./b.js";
import { env } from "#env";
import { util } from "#lib/util";
import { dir } from "./dir";
import { m } from "./m.mjs";
export { a, b, env, util, dir, m };
