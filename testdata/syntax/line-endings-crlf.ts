// Windows line endings (CRLF) throughout.
import type { Config } from "./config";
import { load } from './loader';

export interface Options {
  config: Config;
}

export type Loader = typeof load;
export const lazy = () => import("./lazy");
