export { formatPrice } from "./format";
