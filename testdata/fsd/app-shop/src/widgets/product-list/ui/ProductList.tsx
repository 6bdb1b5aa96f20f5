import { useProducts, ProductCard } from '@/entities/product'
import { AddToCartButton } from '@/features/add-to-cart'
import { Card } from '@/shared/ui/card/Card' // want "fsd/no-public-api-sidestep"

export function ProductList({ category }: { category: string }) {
  const products = useProducts(category)
  return (
    <Card>
      {products.map((p) => (
        <div key={p.id}>
          <ProductCard product={p} />
          <AddToCartButton productId={p.id} />
        </div>
      ))}
    </Card>
  )
}
