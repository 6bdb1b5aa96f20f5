import { Button } from '@/shared/ui/button'
import { addToCart } from '../model/addToCart'

export function AddToCartButton({ productId }: { productId: string }) {
  return <Button onClick={() => addToCart(productId)}>Add to cart</Button>
}
