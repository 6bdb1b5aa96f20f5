import { formatPrice } from "@/shared/lib";
import type { Product } from "../model/types";

export function getProduct(id: string): Product {
  const product: Product = { id, title: `Product ${id}`, priceCents: 1999 };
  console.info(`loaded ${product.title} at ${formatPrice(product.priceCents)}`);
  return product;
}
