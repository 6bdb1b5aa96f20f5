import { getProduct } from "@/entities/product";
import { Button } from "@/shared/ui";
import { addToCart } from "../model/cart";

export function AddToCart({ productId }: { productId: string }) {
  return <Button onClick={() => addToCart(getProduct(productId))}>Add to cart</Button>;
}
