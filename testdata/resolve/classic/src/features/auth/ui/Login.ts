import { a } from "../model";
import { util } from "shared/util";
import { dir } from "./dirOnly";
import { topLevel } from "topLevel";
export { a, util, dir, topLevel };
