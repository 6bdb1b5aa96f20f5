import { helper } from "helpers/helper";
export { helper };
