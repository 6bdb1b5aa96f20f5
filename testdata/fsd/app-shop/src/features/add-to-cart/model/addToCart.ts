import { addItem } from '@/entities/cart'
import { getProduct } from '@/entities/product'

export function addToCart(productId: string) {
  addItem(getProduct(productId))
}
