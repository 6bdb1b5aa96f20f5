import type { Product } from "@/entities/product";

const items: Product[] = [];

export function addToCart(product: Product): void {
  items.push(product);
}

export function cartSize(): number {
  return items.length;
}
