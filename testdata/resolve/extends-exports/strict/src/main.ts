import { y } from "@strict/y";
export { y };
