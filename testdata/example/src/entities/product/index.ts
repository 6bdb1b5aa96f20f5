export type { Product } from "./model/types";
export { getProduct } from "./api/getProduct";
export { ProductCard } from "./ui/ProductCard";
