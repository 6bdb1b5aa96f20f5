export { ProductCard } from './ui/ProductCard'
export { getProduct, useProducts } from './api/getProducts'
export type { Product } from './model/types'
