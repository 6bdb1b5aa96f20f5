import { formatPrice } from "@/shared/lib";
import { getProduct } from "../api/getProduct";

export function ProductCard({ id }: { id: string }) {
  const product = getProduct(id);
  return (
    <article>
      <h2>{product.title}</h2>
      <p>{formatPrice(product.priceCents)}</p>
    </article>
  );
}
