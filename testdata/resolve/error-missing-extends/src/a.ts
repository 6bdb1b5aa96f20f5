import { x } from "./x";
import { x as y } from "@/x";
export { x, y };
