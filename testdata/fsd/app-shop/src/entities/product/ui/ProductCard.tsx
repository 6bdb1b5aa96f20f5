import { formatPrice } from '@/shared/lib/format'
import type { Product } from '../model/types'

export function ProductCard({ product }: { product: Product }) {
  return <article>{product.title}: {formatPrice(product.price)}</article>
}
