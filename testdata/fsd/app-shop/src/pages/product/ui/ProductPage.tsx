import { Header } from '@/widgets/header'
import { AddToCartButton } from '@/features/add-to-cart/ui/AddToCartButton' // want "fsd/no-public-api-sidestep"
import { ProductCard } from '@/entities/product'
import { loadProduct } from '../api/loadProduct'

export function ProductPage({ id = '1' }: { id?: string }) {
  const product = loadProduct(id)
  return (
    <main>
      <Header />
      <ProductCard product={product} />
      <AddToCartButton productId={product.id} />
    </main>
  )
}
