import { z } from "@u/z";
export { z };
