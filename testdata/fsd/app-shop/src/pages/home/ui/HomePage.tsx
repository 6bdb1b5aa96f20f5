import { Header } from '@/widgets/header'
import { ProductList } from '@/widgets/product-list'

export function HomePage() {
  return (
    <main>
      <Header />
      <ProductList category="featured" />
    </main>
  )
}
