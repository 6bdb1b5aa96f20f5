export { AddToCart } from "./ui/AddToCart";
export { cartSize } from "./model/cart";
