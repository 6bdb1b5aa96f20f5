import { Header } from '@/widgets/header'
import { ProductList } from '@/widgets/product-list'
import { LoginForm } from '@/features/auth'
import { useCart } from '@/entities/cart'
import { formatPrice } from '@/shared/lib/format'

export function CartPage() {
  const cart = useCart()
  return (
    <main>
      <Header />
      <p>Total: {formatPrice(cart.total)}</p>
      {cart.total > 0 ? <LoginForm /> : null}
      <ProductList category="recommended" />
    </main>
  )
}
