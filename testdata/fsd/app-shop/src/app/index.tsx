import { createRoot } from 'react-dom/client'
import { HomePage } from '@/pages/home'
import { CartPage } from '@/pages/cart'
import { ProductPage } from '@/pages/product'
import { StoreProvider } from './providers/StoreProvider'

const routes = { '/': HomePage, '/cart': CartPage, '/product/:id': ProductPage }

export function mount(el: HTMLElement) {
  createRoot(el).render(<StoreProvider routes={routes} />)
}
